package io.vitrine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of one benchmark run: {@code (dataset, model, metric, value)}, plus published anchors printed beside ours.
 * Prints one table per dataset (models as rows, metrics as columns) and writes the rows as a JSON array.
 */
public final class BenchReport {

    public record Row(String dataset, String model, String metric, double value) {
    }

    private final String name;
    private final List<Row> rows = new ArrayList<>();
    private final List<Row> anchors = new ArrayList<>();

    public BenchReport(String name) {
        this.name = name;
    }

    /** Adds one of our figures; it goes to the JSON file and the table. */
    public synchronized void add(String dataset, String model, String metric, double value) {
        rows.add(new Row(dataset, model, metric, value));
    }

    /** Adds a published figure (printed beside ours, marked as an anchor, not written to the JSON file). */
    public synchronized void anchor(String dataset, String model, String metric, double value) {
        anchors.add(new Row(dataset, model + " (published)", metric, value));
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    public synchronized Optional<Double> value(String dataset, String model, String metric) {
        return rows.stream()
                .filter(r -> r.dataset.equals(dataset) && r.model.equals(model) && r.metric.equals(metric))
                .map(Row::value).reduce((a, b) -> b);
    }

    public synchronized void print(PrintStream out) {
        Map<String, List<Row>> byDataset = new LinkedHashMap<>();
        for (Row r : rows) {
            byDataset.computeIfAbsent(r.dataset, d -> new ArrayList<>()).add(r);
        }
        for (Row r : anchors) {
            byDataset.computeIfAbsent(r.dataset, d -> new ArrayList<>()).add(r);
        }
        out.println();
        out.println("== benchmark " + name + " ==");
        for (Map.Entry<String, List<Row>> e : byDataset.entrySet()) {
            Set<String> metrics = new LinkedHashSet<>();
            Set<String> models = new LinkedHashSet<>();
            for (Row r : e.getValue()) {
                metrics.add(r.metric);
                models.add(r.model);
            }
            out.println();
            out.println("dataset: " + e.getKey());
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "| %-28s |", "model"));
            StringBuilder rule = new StringBuilder("|" + "-".repeat(30) + "|");
            for (String m : metrics) {
                header.append(String.format(Locale.ROOT, " %12s |", m));
                rule.append("-".repeat(14)).append('|');
            }
            out.println(header);
            out.println(rule);
            for (String model : models) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-28s |", model));
                for (String m : metrics) {
                    String cell = e.getValue().stream()
                            .filter(r -> r.model.equals(model) && r.metric.equals(m))
                            .map(r -> format(r.value)).reduce((a, b) -> b).orElse("");
                    line.append(String.format(Locale.ROOT, " %12s |", cell));
                }
                out.println(line);
            }
        }
        out.println();
    }

    public synchronized void writeJson(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            json.append(String.format(Locale.ROOT,
                    "  {\"dataset\": \"%s\", \"model\": \"%s\", \"metric\": \"%s\", \"value\": %s}%s%n",
                    escape(r.dataset), escape(r.model), escape(r.metric), number(r.value), i + 1 < rows.size() ? "," : ""));
        }
        json.append("]\n");
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.4f", v);
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
