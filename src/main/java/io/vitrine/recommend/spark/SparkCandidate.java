package io.vitrine.recommend.spark;

import io.vitrine.platform.models.ModelFormat;
import io.vitrine.recommend.ShopModel;
import io.vitrine.recommend.ShopModels;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * What a Spark training hands the shop, in a folder: the model as the shop saves its own
 * ({@code shop-blend-candidate.ser.gz}, the allow-listed Java format of {@code shop-blend}, version 0 until the
 * lifecycle stamps it) and {@code candidate.properties} with its holdout metrics and the size of its data. The
 * properties file is written last, so a folder without it holds no finished candidate.
 */
public record SparkCandidate(ShopModel model, Map<String, Double> metrics, long users, long items, long events) {

    static final String MODEL_FILE = "shop-blend-candidate.ser.gz";
    static final String FACTS_FILE = "candidate.properties";
    /** The shop's own format of {@code shop-blend} files. */
    private static final ModelFormat<ShopModel> FORMAT = ShopModels.STORAGE.format();
    private static final String METRIC = "metric.";

    public SparkCandidate {
        Objects.requireNonNull(model, "model");
        metrics = Map.copyOf(metrics);
    }

    /** Writes the candidate into {@code folder} (created if need be); the facts file last, by an atomic move. */
    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        FORMAT.write(model, folder.resolve(MODEL_FILE));
        Properties facts = new Properties();
        metrics.forEach((name, value) -> facts.setProperty(METRIC + name, Double.toString(value)));
        facts.setProperty("users", Long.toString(users));
        facts.setProperty("items", Long.toString(items));
        facts.setProperty("events", Long.toString(events));
        Path part = folder.resolve(FACTS_FILE + ".part");
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            facts.store(out, "Vitrine shop-blend candidate trained by Spark");
        }
        Files.move(part, folder.resolve(FACTS_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The candidate written in {@code folder}; throws when it is missing, unfinished, foreign or damaged. */
    public static SparkCandidate read(Path folder) throws IOException {
        Path factsFile = folder.resolve(FACTS_FILE);
        if (!Files.isRegularFile(factsFile)) {
            throw new IOException(folder + " holds no finished Spark candidate (" + FACTS_FILE + " is missing)");
        }
        Properties facts = new Properties();
        try (Reader in = Files.newBufferedReader(factsFile, StandardCharsets.UTF_8)) {
            facts.load(in);
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        try {
            for (String key : facts.stringPropertyNames()) {
                if (key.startsWith(METRIC)) {
                    metrics.put(key.substring(METRIC.length()), Double.parseDouble(facts.getProperty(key)));
                }
            }
            return new SparkCandidate(FORMAT.read(folder.resolve(MODEL_FILE), 0), metrics,
                    Long.parseLong(facts.getProperty("users", "0")), Long.parseLong(facts.getProperty("items", "0")),
                    Long.parseLong(facts.getProperty("events", "0")));
        } catch (NumberFormatException e) {
            throw new IOException(factsFile + " is damaged: " + e.getMessage(), e);
        }
    }
}
