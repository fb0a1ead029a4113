package io.vitrine.analytics;

import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.ModelRegistry;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.Models;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The model status page's use cases (administrators only): every model kind the registry has seen or that can be
 * trained, with its live version, history and next scheduled training; retraining on demand and its progress. It
 * reads the shared model lifecycle ({@link Models}) and knows no engine.
 */
@ApplicationScoped
public class ModelOperations {

    /** One kind as the page shows it. */
    public record ModelStatus(String kind, Optional<ModelVersion> live, List<ModelVersion> history,
                              Optional<Instant> nextTraining, boolean retrainable) {
    }

    @Inject
    ModelRegistry registry;
    @Inject
    Models lifecycles;

    public List<ModelStatus> models(@NotNull Caller caller) {
        caller.requireAdmin();
        TreeSet<String> kinds = new TreeSet<>();
        lifecycles.all().forEach(l -> kinds.add(l.kind()));
        // kinds trained before but not (or no longer) retrainable from here still show their history
        kinds.addAll(registry.kinds());
        List<ModelStatus> out = new ArrayList<>();
        for (String kind : kinds) {
            Optional<ModelLifecycle<?>> t = lifecycles.lifecycle(kind);
            List<ModelVersion> history = registry.history(kind);
            // the live version is the newest LIVE one of the history (oldest first), not a second query
            Optional<ModelVersion> live = history.stream().filter(v -> v.status() == ModelVersion.Status.LIVE)
                    .reduce((a, b) -> b);
            out.add(new ModelStatus(kind, live, history, t.flatMap(l -> l.engine().schedule().next(Clock.systemDefaultZone())), t.isPresent()));
        }
        return out;
    }

    public RetrainJob retrain(@NotNull Caller caller, @NotNull String kind) {
        caller.requireAdmin();
        return lifecycles.lifecycle(kind).orElseThrow(() -> new NotFoundException("no retrainable model kind " + kind))
                .submit("admin:" + caller.name());
    }

    public Optional<RetrainJob> job(@NotNull Caller caller, @NotNull String kind, @NotNull String jobId) {
        caller.requireAdmin();
        return lifecycles.lifecycle(kind).flatMap(t -> t.job(jobId));
    }

    /** How far a job is, 0 to 100, from its state and the kind's known phases (a bar, not a promise). */
    public int progress(String kind, RetrainJob job) {
        if (job.state().finished()) {
            return 100;
        }
        if (job.state() == RetrainJob.State.QUEUED) {
            return 5;
        }
        return progress(lifecycles.lifecycle(kind).map(l -> l.engine().phases()).orElse(List.of()), job.phase());
    }

    private static final java.util.regex.Pattern EPOCH = java.util.regex.Pattern.compile("epoch (\\d+) of (\\d+)");

    /**
     * 10 to 95 %: each known phase gets an equal band, and a phase that reports "epoch e of n" moves through its
     * band as the epochs pass.
     */
    static int progress(List<String> phases, String phase) {
        if (phase == null) {
            return 50;
        }
        for (int i = 0; i < phases.size(); i++) {
            if (phase.startsWith(phases.get(i))) {
                double within = 0;
                java.util.regex.Matcher m = EPOCH.matcher(phase);
                if (m.find() && Integer.parseInt(m.group(2)) > 0) {
                    within = Math.min(1.0, (double) Integer.parseInt(m.group(1)) / Integer.parseInt(m.group(2)));
                }
                return 10 + (int) Math.round(85.0 * (i + within) / phases.size());
            }
        }
        return 50;
    }
}
