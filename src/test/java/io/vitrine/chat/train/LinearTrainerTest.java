package io.vitrine.chat.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.LinearScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinearTrainerTest {

    private static final List<IntentExample> TINY = TinyIntents.EXAMPLES;

    private static IntentModel model;

    @BeforeAll
    static void train() {
        model = new LinearTrainer(LinearOptions.defaults()).train(TINY, "nope", 0.0);
    }

    @Test
    void learnsTheTinyCorpusIncludingMissingAccents() {
        for (IntentExample e : TINY) {
            assertEquals(e.intent(), model.best(e.text()).intent(), e.text());
        }
        assertEquals("price", model.classify("combien ca coute", ChatLanguage.FR).intent());
        assertEquals("returns", model.classify("retourner un article", ChatLanguage.FR).intent());
        assertEquals(List.of("greeting", "nope", "price", "returns"), List.copyOf(model.intentSet()));
        assertEquals(LinearScorer.TYPE, model.scorerType());
    }

    @Test
    void isDeterministicForASeed() {
        IntentModel again = new LinearTrainer(LinearOptions.defaults()).train(TINY, "nope", 0.0);
        assertArrayEquals(model.scores("how much for the jacket"), again.scores("how much for the jacket"), 0.0);
    }

    @Test
    void modelFileReadsBackWithinBfloat16() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.withThreshold(0.3).write(bytes);
        IntentModel read = IntentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(LinearScorer.TYPE, read.scorerType());
        assertEquals(0.3, read.threshold(), 0.0);
        for (IntentExample e : TINY) {
            assertArrayEquals(model.scores(e.text()), read.scores(e.text()), 0.02, e.text());
            assertEquals(model.best(e.text()).intent(), read.best(e.text()).intent(), e.text());
        }
    }

    @Test
    void needsTwoIntents() {
        assertThrows(IllegalArgumentException.class, () -> new LinearTrainer(LinearOptions.defaults())
                .train(List.of(new IntentExample("a", "x"), new IntentExample("a", "y")), "a", 0));
        assertThrows(IllegalArgumentException.class, () -> new LinearOptions(0, 0.2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> LinearOptions.defaults().withLabelSmoothing(1));
        assertThrows(IllegalArgumentException.class, () -> LinearOptions.defaults().withAveragedEpochs(31));
        assertThrows(IllegalArgumentException.class, () -> LinearOptions.defaults().withKinds("wx"));
    }

    private static final List<IntentExample> TWO = List.of(new IntentExample("x", "a b"), new IntentExample("y", "b c"));

    @Test
    void featureKindsKeepOnlyTheirRows() {
        // words a, b, c; bigrams ^_a, a_b, b_$, ^_b, b_c, c_$; character 3-grams ^a$, ^b$, ^c$ (no 4- or 5-grams)
        assertEquals(3, new LinearTrainer(LinearOptions.defaults().withKinds("w")).scorer(TWO).featureCount());
        assertEquals(9, new LinearTrainer(LinearOptions.defaults().withKinds("wb")).scorer(TWO).featureCount());
        assertEquals(12, new LinearTrainer(LinearOptions.defaults()).scorer(TWO).featureCount());
        // serving skips the kinds the model has no rows for: "a" alone still reads as x
        IntentModel words = new LinearTrainer(LinearOptions.defaults().withKinds("w")).train(TWO, "y", 0);
        assertEquals("x", words.best("a").intent());
    }

    @Test
    void wordDropoutLeavesWordsOutButNeverAllOfThem() {
        String[] words = {"a", "b", "c"};
        assertArrayEquals(words, LinearTrainer.kept(words, 0, new java.util.Random(1)));
        // a generator whose draws are fixed: 0.9 keeps, 0.1 drops at a rate of 0.5
        java.util.Random draws = new java.util.Random() {
            private final double[] next = {0.9, 0.1, 0.9, 0.1, 0.1, 0.1};
            private int i;

            @Override
            public double nextDouble() {
                return next[i++];
            }
        };
        assertArrayEquals(new String[] {"a", "c"}, LinearTrainer.kept(words, 0.5, draws));
        // the next three draws drop every word: the message is kept whole
        assertArrayEquals(words, LinearTrainer.kept(words, 0.5, draws));
        assertThrows(IllegalArgumentException.class, () -> LinearOptions.defaults().withWordDropout(1));
        assertThrows(IllegalArgumentException.class, () -> LinearOptions.defaults().withWordShare(-0.5));
    }

    @Test
    void labelSmoothingStopsAtTheSmoothedTarget() {
        // two separable messages: the cross-entropy against (0.8, 0.2) is smallest where p = (0.8, 0.2), so a long
        // training run ends there instead of at p -> 1
        List<IntentExample> two = List.of(new IntentExample("x", "a"), new IntentExample("y", "c"));
        IntentModel smoothed = new LinearTrainer(new LinearOptions(400, 0.5, 0, 7).withLabelSmoothing(0.2)).train(two, "y", 0);
        assertEquals(0.8, smoothed.best("a").probability(), 0.01);
        assertEquals(0.8, smoothed.best("c").probability(), 0.01);
        IntentModel plain = new LinearTrainer(new LinearOptions(400, 0.5, 0, 7)).train(two, "y", 0);
        assertEquals(1.0, plain.best("a").probability(), 0.01);
    }

    @Test
    void averagedWeightsAreTheMeanOfTheLastEpochs() {
        // the logits are linear in the weights, so the log-odds of the model averaged over epochs 2 and 3 are the
        // mean of the log-odds after 2 and after 3 epochs (the same seed replays the same shuffles)
        LinearOptions o = new LinearOptions(3, 0.2, 0, 7);
        IntentModel two = new LinearTrainer(o.withEpochs(2)).train(TINY, "nope", 0);
        IntentModel three = new LinearTrainer(o).train(TINY, "nope", 0);
        IntentModel averaged = new LinearTrainer(o.withAveragedEpochs(2)).train(TINY, "nope", 0);
        assertArrayEquals(three.scores("combien"), new LinearTrainer(o.withAveragedEpochs(1)).train(TINY, "nope", 0).scores("combien"), 0.0);
        for (IntentExample e : TINY) {
            double[] p2 = two.scores(e.text());
            double[] p3 = three.scores(e.text());
            double[] pa = averaged.scores(e.text());
            for (int c = 1; c < pa.length; c++) {
                double mean = (Math.log(p2[c] / p2[0]) + Math.log(p3[c] / p3[0])) / 2;
                assertEquals(mean, Math.log(pa[c] / pa[0]), 1e-4, e.text());
            }
        }
    }
}
