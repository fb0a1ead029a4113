package io.vitrine.vision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed neighbours in two dimensions: unit vectors at known angles, cosine = cos(angle difference). */
class VisualCatalogueTest {

    private static float[] at(double degrees) {
        double r = Math.toRadians(degrees);
        return new float[] {(float) Math.cos(r), (float) Math.sin(r)};
    }

    private static VisualCatalogue.Entry entry(String product, String sub, String image, double degrees) {
        return new VisualCatalogue.Entry(new CataloguePhoto(product, sub, image), at(degrees));
    }

    /** a has two photos (0 and 50 degrees), b one at 10, c one at 30, d one at 90 (another shelf). */
    private static VisualCatalogue catalogue() {
        return VisualCatalogue.of(null, 7, List.of(entry("a", "caps", "a1", 0), entry("a", "caps", "a2", 50),
                entry("b", "caps", "b1", 10), entry("c", "caps", "c1", 30), entry("d", "bags", "d1", 90)));
    }

    @Test
    void eachProductOnceScoredByItsBestPhoto() {
        List<VisualMatch> top = catalogue().similarProducts(at(45), 3, Optional.empty(), Set.of());

        // a's best photo is at 50 (5 degrees away), then c at 30 (15), then b at 10 (35); d at 90 is 45 away
        assertEquals(List.of("a", "c", "b"), top.stream().map(VisualMatch::productId).toList());
        assertEquals(Math.cos(Math.toRadians(5)), top.get(0).score(), 1e-5);
        assertEquals(Math.cos(Math.toRadians(15)), top.get(1).score(), 1e-5);
    }

    @Test
    void exclusionAndShelfFilter() {
        VisualCatalogue c = catalogue();

        assertEquals(List.of("c", "b", "d"), c.similarProducts(at(45), 3, Optional.empty(), Set.of("a"))
                .stream().map(VisualMatch::productId).toList());
        assertEquals(List.of("d"), c.similarProducts(at(0), 5, Optional.of("bags"), Set.of())
                .stream().map(VisualMatch::productId).toList());
        assertEquals(4, c.similarProducts(at(0), 10, Optional.empty(), Set.of()).size(), "only 4 products exist");
    }

    @Test
    void withProductsReplacesOnlyTheNamedProducts() {
        VisualCatalogue c = catalogue();

        VisualCatalogue next = c.withProducts(Set.of("a", "gone"), List.of(entry("a", "caps", "a3", 180)));

        assertEquals(5, c.size(), "the old catalogue is untouched");
        assertEquals(4, next.size());
        assertEquals(1, next.embeddingsOf("a").size());
        assertEquals(-1.0, next.embeddingsOf("a").get(0)[0], 1e-6);
        assertEquals(7, next.version());
        assertThrows(IllegalArgumentException.class, () -> c.withProducts(Set.of("a"), List.of(entry("b", "caps", "b2", 0))));
    }

    @Test
    void twoProductsMaySharePhotoBytesAndAZeroEmbeddingIsLeftOut() {
        VisualCatalogue c = VisualCatalogue.of(null, 1, List.of(entry("a", "caps", "same", 0), entry("b", "caps", "same", 0),
                new VisualCatalogue.Entry(new CataloguePhoto("z", "caps", "z1"), new float[] {0, 0})));

        assertEquals(2, c.size());
        assertTrue(c.embeddingsOf("z").isEmpty());
    }

    /**
     * Above {@link VisualIndexes#EXACT_UP_TO} photos a change goes into the graph index in place: the earlier
     * catalogue's index can no longer change (it is not the newest snapshot), the new photo is found at once.
     * 10,020 photos spread over a half circle (0.018 degrees apart); p7 moves to 270 degrees, where nothing else is.
     */
    @Test
    void aLargeCatalogueChangesItsGraphIndexInPlace() {
        List<VisualCatalogue.Entry> many = new java.util.ArrayList<>();
        for (int i = 0; i < VisualIndexes.EXACT_UP_TO + 20; i++) {
            many.add(entry("p" + i, "caps", "i" + i, i * 180.0 / (VisualIndexes.EXACT_UP_TO + 20)));
        }
        VisualCatalogue c = VisualCatalogue.of(null, 1, many);
        assertEquals(HnswVisualIndex.class, c.index().getClass());

        VisualCatalogue next = c.withProducts(Set.of("p7"), List.of(entry("p7", "caps", "moved", 270)));

        assertEquals(c.size(), next.size());
        List<VisualMatch> top = next.similarProducts(at(270), 1, Optional.empty(), Set.of());
        assertEquals("p7", top.get(0).productId());
        assertEquals(1.0, top.get(0).score(), 1e-5);
        assertEquals(Optional.empty(), c.index().withProducts(Set.of("p8"), List.of()), "the index was changed, not rebuilt");
        assertTrue(c.similarProducts(at(270), 1, Optional.empty(), Set.of()).get(0).score() < 0.1, "the old catalogue is untouched");
    }
}
