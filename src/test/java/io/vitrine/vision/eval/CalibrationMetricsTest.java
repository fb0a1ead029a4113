package io.vitrine.vision.eval;

import io.vitrine.vision.Calibration;
import io.vitrine.vision.InShopScore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Temperature scaling, ECE, AUROC and the threshold on inputs small enough to work out on paper. */
class CalibrationMetricsTest {

    private static final float LN3 = (float) Math.log(3);

    @Test
    void softmaxAtATemperature() {
        // logits (ln 3, 0): e^ln3 = 3 against 1 -> 3/4, 1/4; at T = 2: sqrt 3 against 1
        assertArrayEquals(new double[] {0.75, 0.25}, Calibration.softmax(new float[] {LN3, 0}, 1), 1e-6);
        double s = Math.sqrt(3);
        assertArrayEquals(new double[] {s / (s + 1), 1 / (s + 1)}, Calibration.softmax(new float[] {LN3, 0}, 2), 1e-6);
    }

    @Test
    void inShopScores() {
        float[] z = {LN3, 0};
        assertEquals(0.75, InShopScore.MAX_PROBABILITY.of(z, 1), 1e-6);
        assertEquals(Math.log(3), InShopScore.MAX_LOGIT.of(z, 1), 1e-6);
        // energy: T log(e^(ln3 / T) + e^0) = log 4 at T = 1
        assertEquals(Math.log(4), InShopScore.ENERGY.of(z, 1), 1e-6);
        Calibration c = new Calibration(1, InShopScore.MAX_PROBABILITY, 0.8);
        assertFalse(c.closeMatch(c.inShopScore(z, new float[] {1, 0})), "0.75 < 0.8");
        assertTrue(c.closeMatch(0.8), "at the threshold counts as a match");
        assertThrows(IllegalArgumentException.class, () -> new Calibration(0, InShopScore.ENERGY, 0));
    }

    @Test
    void negativeLogLikelihood() {
        // p(true) = 3/4 -> -ln(3/4)
        assertEquals(Math.log(4.0 / 3), TemperatureScaling.nll(List.of(new float[] {LN3, 0}), new int[] {0}, 1), 1e-6);
    }

    @Test
    void temperatureMatchesTheObservedFrequency() {
        // three photos with logits (1, 0), two of class 0 and one of class 1: the likelihood is highest where
        // softmax(1 / T) gives class 0 2/3, i.e. e^(1/T) = 2, T = 1 / ln 2
        List<float[]> logits = List.of(new float[] {1, 0}, new float[] {1, 0}, new float[] {1, 0});
        assertEquals(1 / Math.log(2), TemperatureScaling.fit(logits, new int[] {0, 0, 1}), 1e-4);
    }

    @Test
    void temperatureOfLeastCalibrationError() {
        // four photos with logits (ln 3, 0), three of class 0: right 3/4 of the time, and at T = 1 the confidence is
        // 3/4 too, so the error is 0 there (T = 1 lies on the grid: the middle of [0.05, 20] in log T)
        List<float[]> z = List.of(new float[] {LN3, 0}, new float[] {LN3, 0}, new float[] {LN3, 0}, new float[] {LN3, 0});
        double t = TemperatureScaling.fitCalibrationError(z, new int[] {0, 0, 0, 1}, 15);
        assertEquals(1.0, t, 1e-6);
        // all four right: the confidence should be as near 1 as the grid allows, the coldest temperature
        assertEquals(TemperatureScaling.MIN, TemperatureScaling.fitCalibrationError(z, new int[] {0, 0, 0, 0}, 15), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.fitCalibrationError(z, new int[] {0}, 15));
    }

    @Test
    void overconfidentLogitsAreCooledDown() {
        // logits (4, 0) but right only 3 times in 4: T = 4 / ln 3 puts the top probability at 3/4
        List<float[]> logits = List.of(new float[] {4, 0}, new float[] {4, 0}, new float[] {4, 0}, new float[] {4, 0});
        assertEquals(4 / Math.log(3), TemperatureScaling.fit(logits, new int[] {0, 0, 0, 1}), 1e-3);
    }

    @Test
    void expectedCalibrationError() {
        // bin (0.8, 0.9]: confidence 0.9, accuracy 1/2 -> 0.4; bin (0.5, 0.6]: confidence 0.6, accuracy 1 -> 0.4;
        // each holds half the predictions: ECE = 0.5 * 0.4 + 0.5 * 0.4
        double ece = ExpectedCalibrationError.of(new double[] {0.9, 0.9, 0.6, 0.6}, new boolean[] {true, false, true, true}, 10);
        assertEquals(0.4, ece, 1e-9);
        assertEquals(0.0, ExpectedCalibrationError.of(new double[] {0.5, 0.5}, new boolean[] {true, false}, 10), 1e-9);
    }

    @Test
    void aurocCountsOrderedPairsAndHalfTheTies() {
        // 5 of the 6 (in, out) pairs are in order: only 0.4 < 0.5
        assertEquals(5.0 / 6, OutOfShop.auroc(new double[] {0.9, 0.8, 0.4}, new double[] {0.5, 0.1}), 1e-9);
        assertEquals(0.5, OutOfShop.auroc(new double[] {0.5}, new double[] {0.5}), 1e-9);
        assertEquals(1.0, OutOfShop.auroc(new double[] {2, 3}, new double[] {1}), 1e-9);
    }

    @Test
    void thresholdWithTheBestBalancedAccuracy() {
        // at 0.65: 2 of 3 in kept, both out refused -> (2/3 + 1) / 2 = 0.83, better than 0.25 ((1 + 1/2) / 2) or 0.45
        double t = OutOfShop.threshold(new double[] {0.9, 0.8, 0.4}, new double[] {0.5, 0.1});
        assertEquals(0.65, t, 1e-9);
        assertEquals(2.0 / 3, OutOfShop.shareAbove(new double[] {0.9, 0.8, 0.4}, t), 1e-9);
        // perfectly separated: the threshold lies between the two groups
        double clean = OutOfShop.threshold(new double[] {3, 4}, new double[] {1, 2});
        assertTrue(clean > 2 && clean <= 3, "threshold " + clean);
    }
}
