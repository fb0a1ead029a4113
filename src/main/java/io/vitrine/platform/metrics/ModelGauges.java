package io.vitrine.platform.metrics;

import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.Models;
import io.vitrine.platform.startup.StartupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

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

    Clock clock = Clock.systemUTC();

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
        for (ModelLifecycle<?> lifecycle : models.all()) {
            String kind = lifecycle.kind();
            Tag tag = new Tag("kind", ShopMetrics.label(kind));
            metrics.gauge("vitrine.model.live.version", "Version of the live model", MetricUnits.NONE,
                    () -> live(kind).map(ModelVersion::version).orElse(0L), tag);
            metrics.gauge("vitrine.model.age", "Time since the live model was trained", MetricUnits.SECONDS,
                    () -> live(kind).map(v -> Duration.between(v.trainedAt(), clock.instant()).toSeconds()).orElse(0L), tag);
            lifecycle.onFinished(job -> metrics.jobFinished(kind, job.state().name(),
                    Duration.between(job.submittedAt(), job.finishedAt().orElse(clock.instant()))));
        }
    }

    private Optional<ModelVersion> live(String kind) {
        return models.registry().latestLive(kind);
    }
}
