package io.vitrine.recommend.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EaseTrainerTest {

    @Test
    void itemCapFollowsTheHeap() {
        // 2 GiB heap: sqrt(2^31 / 2 / 3 / 4) = sqrt(89,478,485) = 9459.3 -> 9459 items
        assertEquals(9459, EaseTrainer.affordableItems(2L << 30));
        // 12 GiB: sqrt(12 x 2^30 / 24) = 23170.5 -> 23170
        assertEquals(23170, EaseTrainer.affordableItems(12L << 30));
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new EaseTrainer(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new EaseTrainer(1, 1.0, 10));
    }

    /* 2x2 SPD [[4,2],[2,3]]: det 8, inverse [[3,-2],[-2,4]] / 8. */
    @Test
    void choleskyInverse() {
        float[] a = {4, 2, 2, 3};
        EaseTrainer.invertSpd(a, 2);
        assertEquals(3.0 / 8.0, a[0], 1e-6);
        assertEquals(-2.0 / 8.0, a[1], 1e-6);
        assertEquals(-2.0 / 8.0, a[2], 1e-6);
        assertEquals(4.0 / 8.0, a[3], 1e-6);
    }
}
