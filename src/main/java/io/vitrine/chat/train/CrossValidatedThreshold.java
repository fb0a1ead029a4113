package io.vitrine.chat.train;

import java.util.ArrayList;
import java.util.List;

import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.eval.HeldOutSplit;

/**
 * Chooses the threshold for a corpus that has no separate validation file (our own): k models each trained
 * without one fold predict that fold, and the {@link ThresholdSelector} runs on those out-of-fold predictions.
 * Every utterance is validation data exactly once, and none of it validates the model that saw it.
 */
public final class CrossValidatedThreshold {

    private final IntentModelTrainer trainer;
    private final ThresholdSelector selector;
    private final int folds;

    public CrossValidatedThreshold(IntentModelTrainer trainer, ThresholdSelector selector, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds");
        }
        this.trainer = trainer;
        this.selector = selector;
        this.folds = folds;
    }

    public ThresholdSelector.Choice choose(List<IntentExample> examples, String outOfScopeLabel) {
        List<ThresholdSelector.Validation> rows = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            HeldOutSplit split = HeldOutSplit.fold(examples, folds, k);
            IntentModel model = trainer.train(split.train(), outOfScopeLabel, 0);
            for (IntentExample e : split.test()) {
                IntentModel.Scored s = model.best(e.text());
                rows.add(new ThresholdSelector.Validation(s.probability(), s.intent().equals(e.intent()),
                        e.intent().equals(outOfScopeLabel), s.intent().equals(outOfScopeLabel)));
            }
        }
        return selector.choose(rows);
    }

    /** Trains on all examples with the cross-validated threshold. */
    public IntentModel train(List<IntentExample> examples, String outOfScopeLabel) {
        ThresholdSelector.Choice choice = choose(examples, outOfScopeLabel);
        return trainer.train(examples, outOfScopeLabel, choice.threshold());
    }
}
