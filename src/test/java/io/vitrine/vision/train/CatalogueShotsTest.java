package io.vitrine.vision.train;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueShotsTest {

    @Test
    void everyFashionSubCategoryIsDrawnOnALightSweepFromItsSeed() {
        for (String sub : CatalogueShots.SUB_CATEGORIES) {
            for (long seed = 0; seed < 6; seed++) {
                BufferedImage shot = CatalogueShots.shoot(sub, new Random(seed), 64);
                assertEquals(64, shot.getWidth());
                assertEquals(64, shot.getHeight());
                assertArrayEquals(pixels(shot), pixels(CatalogueShots.shoot(sub, new Random(seed), 64)), sub + " from seed " + seed);
                // a product in the frame: a good share of the pixels is not the sweep
                int[] p = pixels(shot);
                long drawn = java.util.Arrays.stream(p).filter(v -> Math.abs(brightness(v) - brightness(p[0])) > 12).count();
                assertTrue(drawn > p.length / 20, sub + " seed " + seed + ": only " + drawn + " pixels differ from the sweep");
                assertTrue(brightness(p[0]) > 600, sub + ": the top-left corner is the white or light grey sweep");
            }
        }
    }

    @Test
    void drawsOnlyTheFashionSubCategories() {
        assertTrue(CatalogueShots.covers("sneakers"));
        assertFalse(CatalogueShots.covers("mugs"));
        assertThrows(IllegalArgumentException.class, () -> CatalogueShots.shoot("mugs", new Random(1), 32));
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private static int brightness(int rgb) {
        return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
    }
}
