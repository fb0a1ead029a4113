package io.vitrine.analytics.web;

import io.vitrine.platform.web.PageCaller;
import io.vitrine.analytics.ModelOperations;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.RetrainJob;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The admin's model status page ({@code /admin/models.xhtml}): one card per model kind with its live version,
 * data size, offline metrics and their chart across versions, the next scheduled training, and "retrain now" with a
 * progress bar that a poll refreshes while a job runs.
 */
@Named("models")
@ViewScoped
public class ModelsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModelOperations operations;
    @Inject
    PageCaller caller;
    @Inject
    Texts texts;

    private transient List<ModelOperations.ModelStatus> models;
    /** The job started from this page, per kind. */
    private final Map<String, String> jobs = new HashMap<>();

    public void load() {
        try {
            models = operations.models(caller.get());
        } catch (AccessDeniedException e) {
            models = List.of();
            texts.error(e.getMessage());
        }
    }

    public List<ModelOperations.ModelStatus> getModels() {
        if (models == null) {
            load();
        }
        return models;
    }

    public void retrain(String kind) {
        try {
            RetrainJob job = operations.retrain(caller.get(), kind);
            jobs.put(kind, job.id());
            texts.info(texts.format("analytics.models.started", kind));
        } catch (AccessDeniedException | NotFoundException e) {
            texts.error(e.getMessage());
        }
    }

    /** Refreshes the cards once a job has finished (the poll calls this). */
    public void refresh() {
        if (jobs.keySet().stream().anyMatch(k -> job(k).map(j -> j.state().finished()).orElse(true))) {
            load();
        }
    }

    public Optional<RetrainJob> job(String kind) {
        String id = jobs.get(kind);
        return id == null ? Optional.empty() : operations.job(caller.get(), kind, id);
    }

    public boolean isRunning() {
        return jobs.keySet().stream().anyMatch(k -> job(k).map(j -> !j.state().finished()).orElse(false));
    }

    public boolean hasJob(String kind) {
        return job(kind).isPresent();
    }

    public int progress(String kind) {
        return job(kind).map(j -> operations.progress(kind, j)).orElse(0);
    }

    public String jobText(String kind) {
        return job(kind).map(j -> texts.text("analytics.models.state." + j.state().name()) + " – " + j.phase()
                + (j.message() == null || j.message().isBlank() ? "" : " – " + j.message())).orElse("");
    }

    public List<ModelVersion> newestFirst(ModelOperations.ModelStatus m) {
        List<ModelVersion> list = new ArrayList<>(m.history());
        java.util.Collections.reverse(list);
        return list;
    }

    public String when(Instant at) {
        return texts.dateTime(at);
    }

    /** The next date, or the kind's retraining rule (photo search and chat retrain when their data changed). */
    public String next(ModelOperations.ModelStatus m) {
        if (m.nextTraining().isPresent()) {
            return when(m.nextTraining().get());
        }
        String key = "analytics.models.schedule." + m.kind();
        String rule = texts.text(key);
        return rule.equals(key) ? texts.text("analytics.models.notScheduled") : rule;
    }

    public String size(ModelVersion v) {
        return texts.format("analytics.models.size", texts.number(v.users()), texts.number(v.items()), texts.number(v.events()));
    }

    public List<Map.Entry<String, Double>> metrics(ModelVersion v) {
        return new ArrayList<>(new java.util.TreeMap<>(v.metrics()).entrySet());
    }

    public String metric(double value) {
        return texts.metric(value);
    }

    public String status(ModelVersion v) {
        return texts.text("analytics.models.status." + v.status().name());
    }

    /** Quality metrics (fractions) across versions, one line each; counts such as holdoutUsers are left out. */
    public String chart(ModelOperations.ModelStatus m) {
        List<ModelVersion> history = m.history();
        TreeSet<String> names = new TreeSet<>();
        history.forEach(v -> v.metrics().forEach((k, x) -> {
            if (x >= 0 && x <= 1) {
                names.add(k);
            }
        }));
        ChartJs chart = ChartJs.line().labels(history.stream().map(v -> "v" + v.version()).toList())
                .title(texts.text("analytics.models.chart"));
        int i = 0;
        for (String name : names) {
            List<Double> values = history.stream().map(v -> v.metrics().getOrDefault(name, 0.0)).toList();
            chart.series(name, values, Palette.at(i++));
        }
        return chart.toJson();
    }
}
