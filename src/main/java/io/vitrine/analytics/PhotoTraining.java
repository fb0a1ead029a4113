package io.vitrine.analytics;

import io.vitrine.platform.models.RetrainJob;
import io.vitrine.vision.VisionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The photo-search model as a {@link TrainableModel}. It has no fixed time: an interval timer retrains it when
 * enough catalogue photos changed, so the page shows that rule instead of a date.
 */
@ApplicationScoped
public class PhotoTraining implements TrainableModel {

    @Inject
    VisionService vision;

    @Override
    public String kind() {
        return VisionService.KIND;
    }

    @Override
    public RetrainJob submit(String trigger) {
        return vision.submit(trigger);
    }

    @Override
    public Optional<RetrainJob> job(String id) {
        return vision.job(id);
    }

    @Override
    public Optional<Instant> nextScheduledTraining() {
        return Optional.empty();
    }

    @Override
    public List<String> phases() {
        return List.of("reading", "training", "scoring", "saving", "embedding");
    }
}
