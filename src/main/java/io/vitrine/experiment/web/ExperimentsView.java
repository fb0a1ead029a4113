package io.vitrine.experiment.web;

import io.vitrine.experiment.Analysis;
import io.vitrine.experiment.Experiment;
import io.vitrine.experiment.ExperimentService;
import io.vitrine.experiment.Metric;
import io.vitrine.experiment.Scoreboard;
import io.vitrine.experiment.Variant;
import io.vitrine.experiment.analysis.SampleSize;
import io.vitrine.experiment.analysis.Verdict;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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
    static final String BUNDLE = "io.vitrine.experiment.web.experiments";
    private static final String[] COLOURS = {"#1f6feb", "#d9480f", "#2f9e44"};

    @Inject
    ExperimentService service;

    private String name;
    private Long candidateVersion;
    /** Instead of a version: a blend recipe such as {@code knn=1, popularity=0.5}. */
    private String blendRecipe;
    /** Or a rule set such as {@code seller=0.3, subcategory=1}. */
    private String ruleSet;
    private String mode = "AB";
    private String metric = "CLICK_THROUGH";
    /** The primary metric's current level and the smallest relative lift worth finding, in per cent. */
    private double baselinePercent = 5;
    private double liftPercent = 5;

    public List<Experiment> getExperiments() {
        return service.list();
    }

    public Analysis analysis(Experiment e) {
        return service.analysis(e.id());
    }

    /**
     * Creates and starts an experiment on every placement: A the live model, B the candidate version or, when a recipe
     * is given instead, the live model's parts under the recipe's weights.
     */
    public void create() {
        act(() -> {
            Map<String, Double> recipe = Variant.parseRecipe(blendRecipe);
            Map<String, Double> shares = Variant.parseRecipe(ruleSet);
            int given = (candidateVersion == null ? 0 : 1) + (recipe.isEmpty() ? 0 : 1) + (shares.isEmpty() ? 0 : 1);
            if (name == null || name.isBlank() || given != 1) {
                throw new InvalidInputException(text("experiments.required"));
            }
            Variant b = candidateVersion != null ? new Variant("B", Variant.Kind.MODEL_VERSION, candidateVersion, 50)
                    : !recipe.isEmpty() ? Variant.blend("B", recipe, 50) : Variant.rules("B", shares, 50);
            Experiment e = service.create(name, Experiment.Mode.valueOf(mode), List.of(new Variant("A", Variant.Kind.LIVE, 0, 50), b),
                    Experiment.PLACEMENTS, Metric.valueOf(metric), plan(), new Experiment.Guardrails(250, 0.2));
            service.start(e.id());
            name = null;
            candidateVersion = null;
            blendRecipe = null;
            ruleSet = null;
            return format("experiments.done.created", e.id());
        });
    }

    /** What a variant serves, in the page's words. */
    public String serves(Variant v) {
        return switch (v.kind()) {
            case LIVE -> text("experiments.serves.live");
            case MODEL_VERSION -> format("experiments.serves.version", v.modelVersion());
            case BLEND -> format("experiments.serves.blend", v.recipe().entrySet().stream()
                    .map(w -> w.getKey() + " " + number(w.getValue())).collect(java.util.stream.Collectors.joining(", ")));
            case RULES -> v.ruleSet().map(r -> format("experiments.serves.rules", percent(r.sellerShare()), percent(r.subCategoryShare())))
                    .orElse("");
        };
    }

    private Experiment.Plan plan() {
        return new Experiment.Plan(baselinePercent / 100, liftPercent / 100, 0.05, 0.8);
    }

    /**
     * Before start: the visitors per variant the plan needs (a fixed-horizon estimate for a rate metric; the
     * always-valid test stops earlier on a larger effect), or "" when the plan cannot be estimated.
     */
    public String getPlannedPreview() {
        try {
            Experiment.Plan p = plan();
            long n = SampleSize.perVariant(p.baseline(), p.minimumLift(), p.alpha(), p.power());
            return format("experiments.planned", String.format(locale(), "%,d", n));
        } catch (IllegalArgumentException cannot) {
            return "";
        }
    }

    public void start(String id) {
        act(() -> format("experiments.done.started", service.start(id).id()));
    }

    public void pause(String id) {
        act(() -> format("experiments.done.paused", service.pause(id).id()));
    }

    public void stop(String id) {
        act(() -> {
            Experiment e = service.stop(id, text("experiments.stopped.page"));
            return e.winner().map(w -> format("experiments.done.stopped", id, w)).orElseGet(() -> format("experiments.done.stopped.none", id));
        });
    }

    public void promote(String id) {
        act(() -> format("experiments.done.promoted", service.promote(id).id()));
    }

    /** Runs an action and says what happened; a refused one (4xx) says why. */
    private void act(java.util.function.Supplier<String> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.get(), null));
        } catch (IllegalArgumentException | IllegalStateException | NotFoundException refused) {
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
            datasets.add(Json.createObjectBuilder().add("label", text("experiments.col.variant") + " " + v.getKey()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("fill", false));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        days.forEach(labels::add);
        String axis = metric(e.metric()) + (e.metric().isRate() ? " (%)" : "");
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", axis + " · " + text("experiments.chart")))))
                .build().toString();
    }

    /** The verdict in the page's language: its phrase's pattern from the bundle, fractions as percentages. */
    public String verdict(Experiment e) {
        Verdict.Phrase phrase = analysis(e).verdict().phrase();
        Locale locale = locale();
        Object[] args = phrase.args().toArray();
        args[0] = metric(e.metric());
        for (int i = 1; i < args.length; i++) {
            args[i] = args[i] instanceof Double d ? String.format(locale, "%.1f %%", 100 * d)
                    : args[i] instanceof Long l ? String.format(locale, "%,d", l) : args[i];
        }
        return format("verdict." + phrase.key(), args);
    }

    /** The name of a metric in the page's language. */
    public String metric(Metric m) {
        return text("experiments.metric." + m.name());
    }

    public String percent(double fraction) {
        return String.format(locale(), "%.2f %%", 100 * fraction);
    }

    public String number(double value) {
        return String.format(locale(), "%.2f", value);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
    }

    private static String format(String key, Object... args) {
        return new MessageFormat(text(key), locale()).format(args);
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

    public String getBlendRecipe() {
        return blendRecipe;
    }

    public void setBlendRecipe(String blendRecipe) {
        this.blendRecipe = blendRecipe;
    }

    public String getRuleSet() {
        return ruleSet;
    }

    public void setRuleSet(String ruleSet) {
        this.ruleSet = ruleSet;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public double getBaselinePercent() {
        return baselinePercent;
    }

    public void setBaselinePercent(double baselinePercent) {
        this.baselinePercent = baselinePercent;
    }

    public double getLiftPercent() {
        return liftPercent;
    }

    public void setLiftPercent(double liftPercent) {
        this.liftPercent = liftPercent;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }
}
