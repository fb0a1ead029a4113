package io.vitrine.chat.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.vitrine.chat.train.ThresholdSelector.Validation;
import org.junit.jupiter.api.Test;

class ThresholdSelectorTest {

    // four in-scope answers (0.9 right, 0.8 right, 0.5 wrong, 0.3 right) and two out-of-scope ones (0.6, 0.2)
    private static final List<Validation> ROWS = List.of(
            new Validation(0.9, true, false, false),
            new Validation(0.8, true, false, false),
            new Validation(0.5, false, false, false),
            new Validation(0.3, true, false, false),
            new Validation(0.6, false, true, false),
            new Validation(0.2, false, true, false));

    @Test
    void figuresAtAThresholdWorkedOutByHand() {
        // t = 0.55: keeps 0.9, 0.8 (right), 0.6 (out of scope, missed); rejects 0.5, 0.3, 0.2
        ThresholdSelector.Choice c = ThresholdSelector.evaluate(ROWS, 0.55);
        assertEquals(2.0 / 4.0, c.accuracy(), 1e-12);
        assertEquals(1.0 / 2.0, c.oosRecall(), 1e-12);
    }

    @Test
    void choosesTheBestWeightedSum() {
        // candidates: 0 -> 3/4 + 0; just above 0.2 -> 3/4 + 1/2 = 1.25; above 0.3 -> 2/4 + 1/2; above 0.6 -> 2/4 + 1;
        // above 0.8 -> 1/4 + 1; weight 1: best is 1.5 at t just above 0.6
        ThresholdSelector.Choice c = ThresholdSelector.weighted(1.0).choose(ROWS);
        assertEquals(Math.nextUp(0.6), c.threshold());
        // weight 0.25: 3/4 + 0.125 = 0.875 (above 0.2) beats 2/4 + 0.25 = 0.75 (above 0.6)
        assertEquals(Math.nextUp(0.2), ThresholdSelector.weighted(0.25).choose(ROWS).threshold());
    }

    @Test
    void choosesTheBestAccuracyAboveAnOutOfScopeRecallFloor() {
        // recall >= 0.5 first holds just above 0.2 (accuracy 3/4); recall 1 first holds just above 0.6 (accuracy 2/4)
        assertEquals(Math.nextUp(0.2), ThresholdSelector.minOosRecall(0.5).choose(ROWS).threshold());
        assertEquals(Math.nextUp(0.6), ThresholdSelector.minOosRecall(0.9).choose(ROWS).threshold());
        assertEquals(0.5, ThresholdSelector.minOosRecall(0.9).choose(ROWS).accuracy(), 1e-12);
    }

    @Test
    void withoutOutOfScopeExamplesNoMessageIsRejected() {
        List<Validation> inScopeOnly = List.of(new Validation(0.4, true, false, false), new Validation(0.9, false, false, false));
        assertEquals(0.0, ThresholdSelector.standard().choose(inScopeOnly).threshold());
    }

    @Test
    void predictedOutOfScopeLabelCountsAsRejected() {
        List<Validation> rows = List.of(new Validation(0.99, false, true, true), new Validation(0.99, true, false, false));
        ThresholdSelector.Choice c = ThresholdSelector.evaluate(rows, 0.0);
        assertEquals(1.0, c.accuracy());
        assertEquals(1.0, c.oosRecall());
    }
}
