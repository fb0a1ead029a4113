package io.vitrine.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The shop's one start-up sequence: every {@link StartupStep} the features provide, phase by phase. */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    @Any
    Instance<StartupStep> steps;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        run(steps.stream().toList());
    }

    /** Runs the steps in phase order, then name order; returns that order (for tests and the log). */
    static List<StartupStep> run(List<StartupStep> all) {
        List<StartupStep> ordered = ordered(all);
        for (StartupStep step : ordered) {
            long t0 = System.nanoTime();
            try {
                step.onStartup();
                LOG.info(() -> "start-up " + step.phase() + " / " + step.name() + " done in "
                        + (System.nanoTime() - t0) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "start-up step " + step.phase() + " / " + step.name() + " failed", e);
            }
        }
        return ordered;
    }

    static List<StartupStep> ordered(List<StartupStep> all) {
        return all.stream()
                .sorted(Comparator.comparing(StartupStep::phase).thenComparing(StartupStep::name))
                .toList();
    }
}
