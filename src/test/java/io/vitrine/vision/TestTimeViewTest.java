package io.vitrine.vision;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestTimeViewTest {

    private static final int SIZE = 8;

    /** Every channel holds {@code value(x, y)}. */
    private static float[] tensor(java.util.function.IntBinaryOperator value) {
        float[] t = new float[ImageTensors.length(SIZE)];
        for (int ch = 0; ch < 3; ch++) {
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    t[(ch * SIZE + y) * SIZE + x] = value.applyAsInt(x, y);
                }
            }
        }
        return t;
    }

    private static float at(float[] t, int ch, int x, int y) {
        return t[(ch * SIZE + y) * SIZE + x];
    }

    @Test
    void flipMirrorsEachRow() {
        float[] flipped = TestTimeView.FLIP.apply(tensor((x, y) -> 10 * y + x), SIZE);
        assertEquals(7, at(flipped, 0, 0, 0));
        assertEquals(0, at(flipped, 2, 7, 0));
        assertEquals(32, at(flipped, 1, 5, 3));
    }

    @Test
    void greyPutsTheLumaInEveryChannel() {
        float[] red = new float[ImageTensors.length(SIZE)];
        java.util.Arrays.fill(red, 0, SIZE * SIZE, 1f);
        float[] grey = TestTimeView.GREY.apply(red, SIZE);
        for (int ch = 0; ch < 3; ch++) {
            assertEquals(0.299f, at(grey, ch, 3, 4), 1e-6);
        }
    }

    @Test
    void cropsScaleSevenEighthsBackUpBilinearly() {
        // 8 px, crop 7 from the left: output x samples input (x + 0.5) * 7/8 - 0.5, clamped to the picture
        float[] ramp = tensor((x, y) -> x);
        float[] left = TestTimeView.CROP_TOP_LEFT.apply(ramp, SIZE);
        assertEquals(0, at(left, 0, 0, 0), 1e-6);            // -0.0625 clamped to 0
        assertEquals(6.0625, at(left, 0, 7, 5), 1e-6);       // 7.5 * 0.875 - 0.5
        float[] right = TestTimeView.CROP_TOP_RIGHT.apply(ramp, SIZE);
        assertEquals(7, at(right, 1, 7, 2), 1e-6);           // 1 + 6.0625 = 7.0625 clamped to 7
        assertEquals(1.8125, at(right, 1, 1, 2), 1e-6);      // 1 + 1.5 * 0.875 - 0.5
        float[] flat = TestTimeView.ZOOM_IN.apply(tensor((x, y) -> 3), SIZE);
        assertEquals(3, at(flat, 2, 4, 4), 1e-6);
    }

    @Test
    void zoomOutShrinksThePictureOntoWhite() {
        // 8 px shrunk to 7 at offset (8 - 7) / 2 = 0: the last row and column are the letterbox's white
        float[] shrunk = TestTimeView.ZOOM_OUT.apply(tensor((x, y) -> 0), SIZE);
        assertEquals(0, at(shrunk, 0, 6, 6));
        assertEquals(1, at(shrunk, 0, 7, 3));
        assertEquals(1, at(shrunk, 2, 3, 7));
        float[] flipped = TestTimeView.FLIP_ZOOM_OUT.apply(tensor((x, y) -> 0), SIZE);
        assertEquals(1, at(flipped, 0, 0, 3));
        assertEquals(0, at(flipped, 0, 7, 3));
    }

    @Test
    void plainIsACopyAndTheListStartsWithIt() {
        float[] t = tensor((x, y) -> x + y);
        float[] copy = TestTimeView.PLAIN.apply(t, SIZE);
        assertArrayEquals(t, copy);
        assertEquals(List.of(TestTimeView.PLAIN, TestTimeView.FLIP, TestTimeView.ZOOM_IN), TestTimeView.parse("plain, flip,zoom-in"));
        assertEquals("plain,flip-zoom-out", TestTimeView.format(List.of(TestTimeView.PLAIN, TestTimeView.FLIP_ZOOM_OUT)));
        assertThrows(IllegalArgumentException.class, () -> TestTimeView.parse("flip,plain"));
        assertThrows(IllegalArgumentException.class, () -> TestTimeView.parse("plain,flip,flip"));
        assertThrows(IllegalArgumentException.class, () -> TestTimeView.FLIP.apply(new float[5], SIZE));
    }
}
