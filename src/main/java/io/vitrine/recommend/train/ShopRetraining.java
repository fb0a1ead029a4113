package io.vitrine.recommend.train;

import io.vitrine.recommend.CatalogueEntry;
import io.vitrine.recommend.ModelTrainer;
import io.vitrine.recommend.ShopModel;
import io.vitrine.recommend.TrainingData;
import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.eval.Holdout;
import io.vitrine.recommend.eval.OfflineEvaluation;
import io.vitrine.recommend.eval.Split;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One retraining of the recommendation models, plain Java: trains on the events before the last
 * {@code holdoutDays} and scores those days (a sample of their shoppers), then trains the model to serve on all
 * events.
 */
public final class ShopRetraining {

    /** The holdout metric that decides whether a retrained model may replace the live one. */
    public static final String DECIDING_METRIC = "ndcg@10";
    private static final long DAY_MS = 86_400_000L;
    private static final int HOLDOUT_USERS = 500;

    /** The model to serve and its holdout figures. */
    public record Outcome(ShopModel model, Map<String, Double> metrics) {

        public Outcome {
            metrics = Map.copyOf(metrics);
        }
    }

    private final ModelTrainer trainer;
    private final int holdoutDays;

    public ShopRetraining(ModelTrainer trainer, int holdoutDays) {
        this.trainer = trainer;
        this.holdoutDays = holdoutDays;
    }

    public Outcome run(TrainingData data, Consumer<String> progress) {
        progress.accept("evaluating on the last " + holdoutDays + " days");
        Map<String, Double> metrics = evaluate(data);
        progress.accept("training on all events");
        return new Outcome(trainer.train(data), metrics);
    }

    /** Trains on the events before the holdout window and scores the window (a sample of its shoppers). */
    Map<String, Double> evaluate(TrainingData data) {
        long end = data.events().stream().mapToLong(WeightedEvent::timestamp).max().orElse(0);
        long cutoff = end - holdoutDays * DAY_MS;
        Split split = Holdout.timeBased(data.events(), cutoff,
                data.catalogue().stream().map(CatalogueEntry::item).toList()).sample(HOLDOUT_USERS, 42);
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (split.test().isEmpty()) {
            metrics.put("holdoutUsers", 0.0);
            return metrics;
        }
        ShopModel model = trainer.train(data.before(cutoff));
        metrics.putAll(OfflineEvaluation.standard(10).evaluate(model.blend(), split));
        metrics.put("holdoutUsers", (double) split.test().size());
        return metrics;
    }
}
