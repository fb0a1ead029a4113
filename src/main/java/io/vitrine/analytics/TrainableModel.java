package io.vitrine.analytics;

import io.vitrine.platform.models.RetrainJob;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A model kind the admin can retrain from the model status page. One CDI bean per kind adapts that feature's root
 * service ({@link RecommendTraining} for recommendations; photo search and chat add theirs), so the page lists kinds
 * without knowing them.
 */
public interface TrainableModel {

    /** The registry kind, e.g. {@code shop-blend}. */
    String kind();

    /** Starts a retraining in the background, or returns the one already running. */
    RetrainJob submit(String trigger);

    Optional<RetrainJob> job(String id);

    /** When the schedule trains it next, if scheduled. */
    Optional<Instant> nextScheduledTraining();

    /** The phases a run goes through, in order, for the progress bar (matched by prefix). */
    List<String> phases();
}
