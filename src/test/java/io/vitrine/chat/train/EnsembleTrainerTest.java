package io.vitrine.chat.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vitrine.chat.understanding.EnsembleScorer;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;

/** The ensemble of two linear trainers is the weighted mean of what each trains alone. */
class EnsembleTrainerTest {

    @Test
    void meanOfTheMembersTrainedAlone() {
        List<IntentExample> examples = TinyIntents.EXAMPLES;
        LinearTrainer a = new LinearTrainer(new LinearOptions(5, 0.2, 0, 7));
        LinearTrainer b = new LinearTrainer(new LinearOptions(5, 0.2, 0, 8));
        IntentModel mean = new EnsembleTrainer(List.of(a, b), new double[] {0.25, 0.75}, new double[] {1, 2})
                .train(examples, TinyIntents.OUT_OF_SCOPE, 0.1);
        IntentModel alone = a.train(examples, TinyIntents.OUT_OF_SCOPE, 0);
        IntentModel other = b.train(examples, TinyIntents.OUT_OF_SCOPE, 0);
        assertEquals(EnsembleScorer.TYPE, mean.scorerType());
        assertEquals(0.1, mean.threshold());
        String text = examples.get(0).text();
        double[] p = alone.scores(text);
        double[] q = other.scores(text);
        double[] soft = new double[q.length];
        double total = 0;
        for (int i = 0; i < q.length; i++) {
            soft[i] = Math.sqrt(q[i]);
            total += soft[i];
        }
        double[] expected = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            expected[i] = 0.25 * p[i] + 0.75 * soft[other.intents().indexOf(alone.intents().get(i))] / total;
        }
        // the members train deterministically from their seeds, so the mean is the same numbers
        assertArrayEquals(expected, mean.scores(text), 1e-9);
    }
}
