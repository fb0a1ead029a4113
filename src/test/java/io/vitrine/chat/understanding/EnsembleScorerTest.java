package io.vitrine.chat.understanding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The weighted, temperature-calibrated mean of two tiny linear scorers whose labels come in opposite orders, by hand. */
class EnsembleScorerTest {

    private static final Map<String, Integer> ROWS = Map.of("w=hello", 0, "w=price", 1);
    private static final float[] IDF = {1, 1};

    /** "hello" alone is a unit vector on row 0: logits (1, 0), so greeting has e / (e + 1). */
    private static LinearScorer first() {
        return new LinearScorer(List.of("greeting", "price"), ROWS, IDF, new float[] {1, 0, 0, 1}, new float[] {0, 0});
    }

    /** Labels the other way round; "hello" gives logits (price 0, greeting 3): greeting has e^3 / (e^3 + 1). */
    private static LinearScorer second() {
        return new LinearScorer(List.of("price", "greeting"), ROWS, IDF, new float[] {0, 3, 1, 0}, new float[] {0, 0});
    }

    @Test
    void meanIsWeightedLabelByLabel() {
        EnsembleScorer mean = new EnsembleScorer(List.of(first(), second()), new double[] {0.75, 0.25});
        double greeting = 0.75 * Math.E / (Math.E + 1) + 0.25 * Math.exp(3) / (Math.exp(3) + 1);
        double[] p = mean.probabilities(new String[] {"hello"});
        assertEquals(List.of("greeting", "price"), mean.labels());
        assertEquals(greeting, p[0], 1e-6);
        assertEquals(1 - greeting, p[1], 1e-6);
    }

    @Test
    void temperatureSoftensAMemberBeforeTheMean() {
        // the first member alone at T = 2: (e, 1) / (e + 1) to the power 1/2, renormalised: (sqrt e, 1) / (sqrt e + 1)
        EnsembleScorer soft = new EnsembleScorer(List.of(first(), second()), new double[] {1, 0}, new double[] {2, 1});
        double[] p = soft.probabilities(new String[] {"hello"});
        assertEquals(Math.sqrt(Math.E) / (Math.sqrt(Math.E) + 1), p[0], 1e-6);
        assertEquals(1 / (Math.sqrt(Math.E) + 1), p[1], 1e-6);
    }

    @Test
    void modelFileReadsBackTheMembersWeightsAndTemperatures() throws Exception {
        IntentModel model = new IntentModel(new EnsembleScorer(List.of(first(), second()), new double[] {0.5, 0.5},
                new double[] {1, 3}),
                "out_of_scope", 0.3, Instant.ofEpochMilli(1000));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        IntentModel back = IntentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(EnsembleScorer.TYPE, back.scorerType());
        assertEquals(0.3, back.threshold());
        // weights 1 and 0 are exact in bfloat16, so the probabilities are the same numbers
        assertArrayEquals(model.scores("hello price"), back.scores("hello price"), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5}, ((EnsembleScorer) back.scorer()).weights());
        assertArrayEquals(new double[] {1, 3}, ((EnsembleScorer) back.scorer()).temperatures());
    }

    @Test
    void weightsMustSumToOneAndLabelsMustMatch() {
        assertThrows(IllegalArgumentException.class,
                () -> new EnsembleScorer(List.of(first(), second()), new double[] {0.5, 0.6}));
        assertThrows(IllegalArgumentException.class,
                () -> new EnsembleScorer(List.of(first(), second()), new double[] {0.5, 0.5}, new double[] {1, 0}));
        LinearScorer other = new LinearScorer(List.of("greeting", "thanks"), ROWS, IDF, new float[] {1, 0, 0, 1}, new float[] {0, 0});
        assertThrows(IllegalArgumentException.class,
                () -> new EnsembleScorer(List.of(first(), other), new double[] {0.5, 0.5}));
    }
}
