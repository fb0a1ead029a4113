package io.vitrine.analytics.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Chart.js configuration that PrimeFaces 15's {@code <p:chart value="...">} takes as JSON. Labels come
 * translated from the page bean; numbers are plain (money in currency units, not cents).
 */
final class ChartJs {

    /** One data series. */
    record Series(String label, List<? extends Number> values, String colour, String type, String axis) {
    }

    private final String type;
    private final List<String> labels = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private boolean horizontal;
    private boolean stacked;
    private String title;
    private String secondAxisTitle;
    private boolean legend = true;
    private List<String> sliceColours;

    private ChartJs(String type) {
        this.type = type;
    }

    static ChartJs bar() {
        return new ChartJs("bar");
    }

    static ChartJs line() {
        return new ChartJs("line");
    }

    static ChartJs doughnut() {
        return new ChartJs("doughnut");
    }

    ChartJs labels(List<String> values) {
        labels.addAll(values);
        return this;
    }

    ChartJs series(String label, List<? extends Number> values, String colour) {
        series.add(new Series(label, values, colour, null, null));
        return this;
    }

    /** A line on a second y axis over a bar chart (orders over revenue). */
    ChartJs lineOnSecondAxis(String label, List<? extends Number> values, String colour, String axisTitle) {
        series.add(new Series(label, values, colour, "line", "y1"));
        secondAxisTitle = axisTitle;
        return this;
    }

    ChartJs horizontal() {
        horizontal = true;
        return this;
    }

    ChartJs title(String text) {
        title = text;
        return this;
    }

    ChartJs noLegend() {
        legend = false;
        return this;
    }

    /** One colour per slice or bar instead of one per series. */
    ChartJs sliceColours() {
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(Palette.at(i));
        }
        sliceColours = colours;
        return this;
    }

    String toJson() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Number n : s.values()) {
                data.add(n.doubleValue());
            }
            JsonObjectBuilder ds = Json.createObjectBuilder().add("label", s.label()).add("data", data);
            if (sliceColours != null && s.type() == null) {
                JsonArrayBuilder colours = Json.createArrayBuilder();
                sliceColours.forEach(colours::add);
                ds.add("backgroundColor", colours).add("borderColor", "#ffffff").add("borderWidth", 1);
            } else {
                ds.add("backgroundColor", s.colour()).add("borderColor", s.colour()).add("borderWidth", 2);
            }
            if (s.type() != null) {
                ds.add("type", s.type()).add("fill", false).add("tension", 0.2).add("pointRadius", 2);
            }
            if (s.axis() != null) {
                ds.add("yAxisID", s.axis());
            }
            datasets.add(ds);
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);

        JsonObjectBuilder plugins = Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("display", legend).add("position", "bottom"));
        if (title != null) {
            plugins.add("title", Json.createObjectBuilder().add("display", true).add("text", title)
                    .add("font", Json.createObjectBuilder().add("size", 15)));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", plugins);
        if (!type.equals("doughnut")) {
            JsonObjectBuilder scales = Json.createObjectBuilder();
            if (horizontal) {
                options.add("indexAxis", "y");
            }
            scales.add(horizontal ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked));
            if (secondAxisTitle != null) {
                scales.add("y1", Json.createObjectBuilder().add("beginAtZero", true).add("position", "right")
                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", secondAxisTitle)));
            }
            options.add("scales", scales);
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
