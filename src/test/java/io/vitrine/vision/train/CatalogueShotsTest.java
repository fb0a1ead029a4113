package io.vitrine.vision.train;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void drawsTheFashionSubCategoriesInItsOwnSilhouettes() {
        assertTrue(CatalogueShots.covers("sneakers"));
        assertFalse(CatalogueShots.covers("mugs"));
    }

    @Test
    void otherSubCategoriesAreThePaintersDrawingAloneOnTheSweepWithAMargin() {
        for (String sub : List.of("mugs", "bicycles", "yoga-mats", "cameras", "face-creams")) {
            for (long seed = 0; seed < 4; seed++) {
                BufferedImage shot = CatalogueShots.shoot(sub, new Random(seed), 64);
                int[] p = pixels(shot);
                assertArrayEquals(p, pixels(CatalogueShots.shoot(sub, new Random(seed), 64)), sub + " from seed " + seed);
                int sweep = brightness(p[0]);
                assertTrue(sweep > 600, sub + ": the top-left corner is the white or light grey sweep");
                // the product's box: pixels far from the sweep (the contact shadow is fainter), framed as a shop does:
                // it fills 60-90 % of the frame's longer side, so it is neither a speck nor cut off
                int x0 = 64;
                int y0 = 64;
                int x1 = -1;
                int y1 = -1;
                for (int i = 0; i < p.length; i++) {
                    if (Math.abs(brightness(p[i]) - sweep) > 150) {
                        x0 = Math.min(x0, i % 64);
                        x1 = Math.max(x1, i % 64);
                        y0 = Math.min(y0, i / 64);
                        y1 = Math.max(y1, i / 64);
                    }
                }
                int side = Math.max(x1 - x0 + 1, y1 - y0 + 1);
                assertTrue(side >= 32 && side <= 62, sub + " seed " + seed + ": box " + x0 + "," + y0 + " - " + x1 + "," + y1);
                assertTrue(Math.abs((x0 + x1) / 2.0 - 31.5) < 8 && Math.abs((y0 + y1) / 2.0 - 31.5) < 8,
                        sub + " seed " + seed + ": centred, box " + x0 + "," + y0 + " - " + x1 + "," + y1);
            }
        }
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private static int brightness(int rgb) {
        return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
    }
}
