package io.vitrine.vision;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ImageTensorsTest {

    @Test
    void letterboxesAWideImageIntoTheTopRowAndPadsWithWhite() {
        // 4 x 2: left half black, right half pure red -> 2 x 1 after halving, in a 2 x 2 square: row 0 image, row 1 white
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            image.setRGB(2, y, 0xff0000);
            image.setRGB(3, y, 0xff0000);
        }

        float[] t = ImageTensors.letterbox(image, 2);

        assertEquals(12, t.length);
        assertArrayEquals(new float[] {0, 1, 1, 1}, java.util.Arrays.copyOfRange(t, 0, 4), 1e-6f, "red plane");
        assertArrayEquals(new float[] {0, 0, 1, 1}, java.util.Arrays.copyOfRange(t, 4, 8), 1e-6f, "green plane");
        assertArrayEquals(new float[] {0, 0, 1, 1}, java.util.Arrays.copyOfRange(t, 8, 12), 1e-6f, "blue plane");
    }

    @Test
    void averagesTheAreaWhenShrinking() {
        // a 2 x 2 checkerboard of black and white shrinks to one mid-grey pixel
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xffffff);
        image.setRGB(1, 1, 0xffffff);

        float[] t = ImageTensors.letterbox(image, 1);

        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f}, t, 1e-6f);
    }
}
