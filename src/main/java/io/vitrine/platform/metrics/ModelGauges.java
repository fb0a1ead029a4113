package io.vitrine.platform.metrics;

import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.Models;
import io.vitrine.platform.startup.Repeating;
import io.vitrine.platform.startup.StartupStep;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * From the start (registered in the first phase, before the models are restored or trained, so a scrape during a
 * long start-up already finds them), a gauge pair per model kind: the live version and how long ago it was trained
 * (both 0 while a kind has no recorded live version, e.g. it serves the shipped model), read from the registry at
 * each scrape; and each kind's retraining and promotion jobs timed when they end.
 */
@ApplicationScoped
public class ModelGauges implements StartupStep {

    @Inject
    Models models;
    @Inject
    ShopMetrics metrics;

    @Resource
    ManagedScheduledExecutorService executor;

    Clock clock = Clock.systemUTC();
    private Repeating republishing = Repeating.NONE;
    private static final Logger LOG = Logger.getLogger(ModelGauges.class.getName());

    @Override
    public Phase phase() {
        return Phase.SCHEMA;
    }

    @Override
    public String name() {
        return "model-gauges";
    }

    @Override
    public void onStartup() {
        publish();
        for (ModelLifecycle<?> lifecycle : models.all()) {
            String kind = lifecycle.kind();
            lifecycle.onFinished(job -> metrics.jobFinished(kind, job.state().name(),
                    Duration.between(job.submittedAt(), job.finishedAt().orElse(clock.instant()))));
        }
        // The Arquillian deployment lost gauges registered here while it kept every metric registered after it (the
        // run command's shop kept them): registering is get-or-create, so doing it again 10 s after start-up and then
        // every minute brings them back wherever the registry was set up again, and costs nothing otherwise.
        republishing = Repeating.every(executor, Duration.ofSeconds(10), Duration.ofMinutes(1),
                Repeating.logging(this::publish, LOG, Level.WARNING, "model gauges not registered; tried again in a minute"));
    }

    /** The gauge pair of every model kind (get-or-create). */
    void publish() {
        for (ModelLifecycle<?> lifecycle : models.all()) {
            String kind = lifecycle.kind();
            Tag tag = new Tag("kind", ShopMetrics.label(kind));
            metrics.gauge("vitrine.model.live.version", "Version of the live model", MetricUnits.NONE,
                    () -> live(kind).map(ModelVersion::version).orElse(0L), tag);
            metrics.gauge("vitrine.model.age", "Time since the live model was trained", MetricUnits.SECONDS,
                    () -> live(kind).map(v -> Duration.between(v.trainedAt(), clock.instant()).toSeconds()).orElse(0L), tag);
        }
    }

    @PreDestroy
    void stop() {
        republishing.stop();
    }

    /** The live version of a kind; a registry that cannot be read is logged and reads as none (a gauge never throws). */
    private Optional<ModelVersion> live(String kind) {
        try {
            return models.registry().latestLive(kind);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "model gauge of " + kind + ": the registry could not be read", e);
            return Optional.empty();
        }
    }
}
