package io.vitrine.chat.train;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.vitrine.chat.understanding.EnsembleScorer;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.IntentScorer;

/**
 * Trains each member on the same examples and keeps the weighted mean of their probabilities
 * ({@link EnsembleScorer}), each calibrated by its temperature; weights and temperatures are chosen on validation data.
 */
public final class EnsembleTrainer implements IntentModelTrainer {

    private final List<IntentModelTrainer> members;
    private final double[] weights;
    private final double[] temperatures;

    public EnsembleTrainer(List<IntentModelTrainer> members, double[] weights, double[] temperatures) {
        if (members.isEmpty() || members.size() != weights.length || members.size() != temperatures.length) {
            throw new IllegalArgumentException("one weight and one temperature per member, at least one member");
        }
        this.members = List.copyOf(members);
        this.weights = weights.clone();
        this.temperatures = temperatures.clone();
    }

    @Override
    public IntentModel train(List<IntentExample> examples, String outOfScopeLabel, double threshold) {
        List<IntentScorer> scorers = new ArrayList<>(members.size());
        for (IntentModelTrainer member : members) {
            scorers.add(member.train(examples, outOfScopeLabel, 0).scorer());
        }
        return new IntentModel(new EnsembleScorer(scorers, weights, temperatures), outOfScopeLabel, threshold, Instant.now());
    }
}
