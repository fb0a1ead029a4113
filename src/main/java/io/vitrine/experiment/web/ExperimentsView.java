package io.vitrine.experiment.web;

import io.vitrine.experiment.Analysis;
import io.vitrine.experiment.Experiment;
import io.vitrine.experiment.ExperimentService;
import io.vitrine.experiment.Metric;
import io.vitrine.experiment.Scoreboard;
import io.vitrine.experiment.Variant;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The admin's experiments page ({@code /admin/experiments.xhtml}): running and finished experiments with the
 * per-variant figures, a cumulative chart per variant and the verdict in plain words; start, pause, stop, promote;
 * and a form that creates and starts an A/B or interleaving experiment between the live model and a saved version.
 */
@Named("experiments")
@ViewScoped
public class ExperimentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1f6feb", "#d9480f", "#2f9e44"};

    @Inject
    transient ExperimentService service;

    private String name;
    private Long candidateVersion;
    private String mode = "AB";
    private String metric = "CLICK_THROUGH";

    public List<Experiment> getExperiments() {
        return service.list();
    }

    public Analysis analysis(Experiment e) {
        return service.analysis(e.id());
    }

    /** Creates and starts an experiment: A the live model, B the candidate version, on every placement. */
    public void create() {
        act(() -> {
            if (name == null || name.isBlank() || candidateVersion == null) {
                throw new io.vitrine.platform.InvalidInputException("a name and a candidate version are required");
            }
            Experiment e = service.create(name, Experiment.Mode.valueOf(mode),
                    List.of(new Variant("A", Variant.Kind.LIVE, 0, 50), new Variant("B", Variant.Kind.MODEL_VERSION, candidateVersion, 50)),
                    Experiment.PLACEMENTS, Metric.valueOf(metric), new Experiment.Plan(0.05, 0.05, 0.05, 0.8),
                    new Experiment.Guardrails(250, 0.2));
            service.start(e.id());
            name = null;
            candidateVersion = null;
            return "Experiment " + e.id() + " started.";
        });
    }

    public void start(String id) {
        act(() -> "Experiment " + service.start(id).id() + " running.");
    }

    public void pause(String id) {
        act(() -> "Experiment " + service.pause(id).id() + " paused: the live model serves.");
    }

    public void stop(String id) {
        act(() -> {
            Experiment e = service.stop(id, "stopped from the admin page");
            return "Experiment " + id + " stopped" + e.winner().map(w -> ", winner " + w + ".").orElse(" without a winner.");
        });
    }

    public void promote(String id) {
        act(() -> "Promotion started (model job " + service.promote(id).id() + ").");
    }

    /** Runs an action and says what happened; a refused one (4xx) says why. */
    private void act(java.util.function.Supplier<String> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.get(), null));
        } catch (IllegalArgumentException | IllegalStateException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), null));
        }
    }

    /** The cumulative metric per variant and day, as Chart.js JSON for {@code <p:chart>}. */
    public String chart(Experiment e) {
        List<Scoreboard.Point> points = analysis(e).series();
        Set<String> days = new TreeSet<>();
        Map<String, Map<String, Double>> byVariant = new TreeMap<>();
        for (Scoreboard.Point p : points) {
            days.add(p.day().toString());
            byVariant.computeIfAbsent(p.variant(), v -> new TreeMap<>()).put(p.day().toString(), e.metric().isRate() ? 100 * p.value() : p.value());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, Map<String, Double>> v : byVariant.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            days.forEach(d -> data.add(v.getValue().getOrDefault(d, 0.0)));
            String colour = COLOURS[i++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", "variant " + v.getKey()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("fill", false));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        days.forEach(labels::add);
        String axis = e.metric().words() + (e.metric().isRate() ? " (%)" : "");
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", axis + ", visitors so far"))))
                .build().toString();
    }

    public String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * fraction);
    }

    public String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public List<String> getModes() {
        return List.of("AB", "INTERLEAVING");
    }

    public List<String> getMetrics() {
        return java.util.Arrays.stream(Metric.values()).map(Metric::name).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCandidateVersion() {
        return candidateVersion;
    }

    public void setCandidateVersion(Long candidateVersion) {
        this.candidateVersion = candidateVersion;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }
}
