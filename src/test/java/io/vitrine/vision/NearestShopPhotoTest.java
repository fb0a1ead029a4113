package io.vitrine.vision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nearest-shop-photo half of the in-shop score, on two-dimensional embeddings worked out on paper. */
class NearestShopPhotoTest {

    /** Two shop photos: along x, and along y. */
    private static final List<float[]> SHOP = List.of(new float[] {1, 0}, new float[] {0, 1});

    @Test
    void nearestIsTheLargestCosineToAShopPhoto() {
        NearestShopPhoto n = new NearestShopPhoto(SHOP, 0.5, 0, 1, 0, 1);

        // (0.6, 0.8) . (1, 0) = 0.6, . (0, 1) = 0.8
        assertEquals(0.8, n.nearest(new float[] {0.6f, 0.8f}), 1e-6);
        // (-0.6, -0.8) points away from both: the nearer is (1, 0) at -0.6
        assertEquals(-0.6, n.nearest(new float[] {-0.6f, -0.8f}), 1e-6);
    }

    @Test
    void bothHalvesAreStandardisedThenMixedByTheWeight() {
        // score 0.5, mean 0.4, spread 0.2 -> 0.5; nearest 0.8, mean 0.6, spread 0.1 -> 2
        NearestShopPhoto n = new NearestShopPhoto(SHOP, 0.5, 0.4, 0.2, 0.6, 0.1);

        assertEquals(0.5 * 0.5 + 0.5 * 2, n.of(0.5, new float[] {0.6f, 0.8f}), 1e-6);
        assertEquals(0.75 * 0.5 + 0.25 * 2, n.withWeight(0.25).of(0.5, new float[] {0.6f, 0.8f}), 1e-6);
        assertEquals(2, n.withWeight(1).of(0.5, new float[] {0.6f, 0.8f}), 1e-6, "weight 1: the nearest photo alone");
        assertEquals(0.5, n.withWeight(0).of(0.5, new float[] {0.6f, 0.8f}), 1e-6, "weight 0: the logits' score alone");
    }

    @Test
    void standardisedOverTheHeldOutPhotos() {
        // held scores 0.2 and 0.6: mean 0.4, spread 0.2; nearest 0.8 for (0.6, 0.8) and 1 for (1, 0): mean 0.9, spread 0.1
        NearestShopPhoto n = NearestShopPhoto.standardised(SHOP, new double[] {0.2, 0.6},
                List.of(new float[] {0.6f, 0.8f}, new float[] {1, 0}));

        assertEquals(0, n.weight());
        assertEquals(1, n.mix(0.6, 0.5), 1e-6, "weight 0: (0.6 - 0.4) / 0.2");
        assertEquals(1, n.withWeight(1).mix(0.6, 1.0), 1e-6, "weight 1: (1 - 0.9) / 0.1");
        assertEquals(-1, n.withWeight(1).mix(0.6, 0.8), 1e-6, "weight 1: (0.8 - 0.9) / 0.1");
        // one held photo: both spreads are 0 and count as 1
        NearestShopPhoto one = NearestShopPhoto.standardised(SHOP, new double[] {0.3}, List.<float[]>of(new float[] {0, 1}));
        assertEquals(0.5 * 0.2 + 0.5 * -0.5, one.withWeight(0.5).mix(0.5, 0.5), 1e-6);
    }

    @Test
    void offLeavesTheLogitsScoreAsItIs() {
        assertEquals(0.37, NearestShopPhoto.OFF.of(0.37, new float[] {1, 0}), 1e-12);
        Calibration c = new Calibration(1, InShopScore.MAX_PROBABILITY, 0.8);
        assertSame(NearestShopPhoto.OFF, c.nearest());
    }

    @Test
    void aPhotoLikeNoShopPhotoIsNoCloseMatchEvenWhenTheSoftmaxIsSure() {
        // logits (ln 3, 0): max probability 0.75, standardised with mean 0.5, spread 0.25 -> 1
        float[] sure = {(float) Math.log(3), 0};
        NearestShopPhoto n = new NearestShopPhoto(SHOP, 0.5, 0.5, 0.25, 0.9, 0.1);
        Calibration c = new Calibration(1, InShopScore.MAX_PROBABILITY, 0, n);

        // nearest 1.0 -> (1.0 - 0.9) / 0.1 = 1: score 0.5 * 1 + 0.5 * 1 = 1 >= 0
        assertEquals(1, c.inShopScore(sure, new float[] {1, 0}), 1e-5);
        assertTrue(c.closeMatch(c.inShopScore(sure, new float[] {1, 0})));
        // nearest 0.7071 -> (0.7071 - 0.9) / 0.1 = -1.929: score 0.5 - 0.964 = -0.464 < 0
        float h = (float) Math.sqrt(0.5);
        assertEquals(0.5 - 0.5 * (0.9 - h) / 0.1, c.inShopScore(sure, new float[] {h, h}), 1e-5);
        assertFalse(c.closeMatch(c.inShopScore(sure, new float[] {h, h})));
    }

    @Test
    void storedAndReadBackAsProperties() {
        NearestShopPhoto n = new NearestShopPhoto(List.of(new float[] {0.6f, 0.8f}, new float[] {-1, 0}), 0.35, 0.1, 0.2, 0.3, 0.4);
        Properties p = new Properties();
        n.store(p, "nearest.");

        assertEquals(n, NearestShopPhoto.load(p, "nearest."));
        assertSame(NearestShopPhoto.OFF, NearestShopPhoto.load(new Properties(), "nearest."), "a model saved before it");
        Properties off = new Properties();
        NearestShopPhoto.OFF.store(off, "");
        assertEquals(NearestShopPhoto.OFF, NearestShopPhoto.load(off, ""));
    }

    @Test
    void refusesWhatCannotBeScored() {
        assertThrows(IllegalArgumentException.class, () -> new NearestShopPhoto(List.of(), 0.5, 0, 1, 0, 1), "weight without photos");
        assertThrows(IllegalArgumentException.class, () -> new NearestShopPhoto(SHOP, 1.5, 0, 1, 0, 1), "weight above 1");
        assertThrows(IllegalArgumentException.class, () -> new NearestShopPhoto(SHOP, 0.5, 0, 0, 0, 1), "a spread of 0");
        assertThrows(IllegalArgumentException.class, () -> new NearestShopPhoto(List.of(new float[] {1, 0}, new float[] {1}), 0.5, 0, 1, 0, 1));
        NearestShopPhoto n = new NearestShopPhoto(SHOP, 0.5, 0, 1, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> n.nearest(new float[] {1, 0, 0}), "an embedding of another length");
    }
}
