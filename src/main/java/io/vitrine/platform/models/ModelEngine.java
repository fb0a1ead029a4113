package io.vitrine.platform.models;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one kind of model (recommendations, photo search, chat intents) tells the shared {@link ModelLifecycle}: how
 * to train and score a candidate, how its files are written and read, what ships with Vitrine, and how a model is
 * put into service. Each engine is one small class in its feature; the lifecycle does jobs, the holdout gate, the
 * registry, saving, fallback and start-up restore for all of them.
 *
 * @param <M> the trained model, immutable
 */
public interface ModelEngine<M> {

    /** The registry kind, e.g. {@code shop-blend}. */
    String kind();

    /** Where and how its versions are saved under {@code vitrine.data.dir/models}. */
    ModelStorage<M> storage();

    /** The holdout metric that decides, and how much lower than the live model's it may be. */
    HoldoutGate gate();

    /** What serves now, if anything. */
    Optional<LiveModel<M>> live();

    /**
     * Reads the training data, trains a candidate and scores it on a holdout (and the live model on the same
     * holdout when it can). May throw: the lifecycle records the failure and the live model keeps serving.
     */
    Candidate<M> train(Optional<LiveModel<M>> live, Consumer<String> progress);

    /** Puts {@code model} into service as {@code version} by swapping one reference (after any index it needs is built). */
    void serve(M model, ModelVersion version, Consumer<String> progress);

    /** The model as it goes live: engines whose model carries its version and metrics stamp them here. */
    default M stamp(M model, long version, Map<String, Double> metrics) {
        return model;
    }

    /** The model shipped with Vitrine, served when no saved version can be read; empty when the engine trains instead. */
    default Optional<Shipped<M>> shipped() {
        return Optional.empty();
    }

    /** Whether this registry row stands for the shipped model (which has no file of its own). */
    default boolean isShipped(ModelVersion version) {
        return false;
    }

    /** When the timer looks at this kind. */
    default ModelSchedule schedule() {
        return ModelSchedule.off();
    }

    /** Asked at each timer tick: the trigger of a retraining that is due, or empty when nothing changed enough. */
    default Optional<String> retrainDue() {
        return Optional.of("schedule");
    }

    /** The phases a run goes through, in order, for the admin page's progress bar (matched by prefix). */
    default List<String> phases() {
        return List.of();
    }

    /** A model in service and its version. */
    record LiveModel<M>(M model, long version) {
    }

    /** The shipped model with the facts its registry row records. */
    record Shipped<M>(M model, String note, Map<String, Double> metrics, java.time.Instant trainedAt, long items, long events) {

        public Shipped {
            metrics = Map.copyOf(metrics);
        }
    }
}
