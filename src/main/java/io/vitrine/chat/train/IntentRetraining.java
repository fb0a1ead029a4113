package io.vitrine.chat.train;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.eval.HeldOutSplit;
import io.vitrine.chat.eval.IntentEvaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One retraining of the served intent model, plain Java: scores a model trained on four fifths of the examples on
 * the held-out fifth, and only if its in-scope accuracy reaches {@code minAccuracy} trains the model to serve on
 * all of them. The out-of-scope threshold is the live model's (chosen on validation data when the shipped model was
 * built); choosing it again would triple the training time on the shop's server.
 */
public final class IntentRetraining {

    /** The outcome: a model to serve, or none and why, with the held-out figures either way. */
    public record Outcome(Optional<IntentModel> model, Map<String, Double> metrics, String note) {

        public Outcome {
            Objects.requireNonNull(model, "model");
            metrics = Map.copyOf(metrics);
        }
    }

    private final IntentModelTrainer trainer;
    private final double minAccuracy;

    /** The maxent with these options. */
    public IntentRetraining(TrainingOptions options, double minAccuracy) {
        this(new IntentTrainer(options), minAccuracy);
    }

    public IntentRetraining(IntentModelTrainer trainer, double minAccuracy) {
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.minAccuracy = minAccuracy;
    }

    public Outcome run(List<IntentExample> examples, String outOfScopeLabel, double threshold, Consumer<String> progress) {
        progress.accept("training on four fifths of " + examples.size() + " utterances");
        HeldOutSplit split = HeldOutSplit.everyNth(examples, 5);
        IntentModel candidate = trainer.train(split.train(), outOfScopeLabel, threshold);
        progress.accept("scoring the held-out fifth");
        List<IntentExample> inScope = new ArrayList<>();
        List<IntentExample> outOfScope = new ArrayList<>();
        for (IntentExample e : split.test()) {
            (e.intent().equals(outOfScopeLabel) ? outOfScope : inScope).add(e);
        }
        // the reply language does not change the intent: score in English
        IntentEvaluation.Result r = IntentEvaluation.evaluate(text -> candidate.classify(text, ChatLanguage.EN), inScope, outOfScope);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", r.accuracy());
        if (!Double.isNaN(r.oosRecall())) {
            metrics.put("oos-recall", r.oosRecall());
        }
        metrics.put("p99_ms", r.p99Ms());
        metrics.put("utterances", (double) examples.size());
        if (!(r.accuracy() >= minAccuracy)) {
            return new Outcome(Optional.empty(), metrics,
                    String.format(java.util.Locale.ROOT, "held-out accuracy %.4f is below %.4f", r.accuracy(), minAccuracy));
        }
        progress.accept("training on all " + examples.size() + " utterances");
        IntentModel model = trainer.train(examples, outOfScopeLabel, threshold);
        return new Outcome(Optional.of(model), metrics,
                String.format(java.util.Locale.ROOT, "held-out accuracy %.4f", r.accuracy()));
    }
}
