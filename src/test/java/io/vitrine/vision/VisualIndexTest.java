package io.vitrine.vision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VisualIndexTest {

    // four photos on the unit circle; query q = (0.8, 0.6): q.a = 0.8, q.b = 0.96, q.c = 0.6, q.d = -0.8
    private static final List<IndexedImage> IMAGES = List.of(
            new IndexedImage("a", "Shoes", new float[] {1, 0}),
            new IndexedImage("b", "Bags", new float[] {0.6f, 0.8f}),
            new IndexedImage("c", "Shoes", new float[] {0, 1}),
            new IndexedImage("d", "Bags", new float[] {-1, 0}));
    private static final float[] QUERY = {0.8f, 0.6f};

    private static VisualIndex index(String kind) {
        return kind.equals("exact") ? VisualIndexes.exact(IMAGES) : VisualIndexes.hnsw(IMAGES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"exact", "hnsw"})
    void ranksByCosine(String kind) {
        try (VisualIndex index = index(kind)) {
            List<VisualMatch> matches = index.search(QUERY, 3, Optional.empty());

            assertEquals(List.of("b", "a", "c"), matches.stream().map(VisualMatch::productId).toList());
            assertEquals(0.96, matches.get(0).score(), 1e-5);
            assertEquals(0.8, matches.get(1).score(), 1e-5);
            assertEquals(0.6, matches.get(2).score(), 1e-5);
            assertEquals(4, index.size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"exact", "hnsw"})
    void filtersBySubCategory(String kind) {
        try (VisualIndex index = index(kind)) {
            List<VisualMatch> matches = index.search(QUERY, 10, Optional.of("Bags"));

            assertEquals(List.of("b", "d"), matches.stream().map(VisualMatch::productId).toList());
            assertEquals(-0.8, matches.get(1).score(), 1e-5);
            assertEquals("Bags", matches.get(1).subCategory());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"exact", "hnsw"})
    void emptyIndexFindsNothing(String kind) {
        try (VisualIndex index = kind.equals("exact") ? VisualIndexes.exact(List.of()) : VisualIndexes.hnsw(List.of())) {
            assertEquals(List.of(), index.search(QUERY, 5, Optional.empty()));
        }
    }

    @Test
    void refusesVectorsThatAreNotUnitLength() {
        assertThrows(IllegalArgumentException.class, () -> new IndexedImage("x", "Shoes", new float[] {1, 1}));
    }

    @Test
    void smallCataloguesGetTheExactIndex() {
        assertEquals(ExactVisualIndex.class, VisualIndexes.forSize(IMAGES).getClass());
    }

    /**
     * The graph index takes a change in place: b's photo is replaced by (0, -1), d is removed, e = (0.8, 0.6) is
     * added. For q the new ranking is e (1.0), a (0.8), c (0.6), b (-0.6); the snapshot before the change still
     * answers as before, and only the newest snapshot can change again.
     */
    @Test
    void theGraphIndexTakesChangesInPlaceAndEarlierSnapshotsStayAsTheyWere() {
        VisualIndex before = VisualIndexes.hnsw(IMAGES);
        VisualIndex after = before.withProducts(java.util.Set.of("b", "d", "e"), List.of(
                new IndexedImage("b", "Bags", new float[] {0, -1}),
                new IndexedImage("e", "Shoes", new float[] {0.8f, 0.6f}))).orElseThrow();

        List<VisualMatch> now = after.search(QUERY, 10, Optional.empty());
        assertEquals(List.of("e", "a", "c", "b"), now.stream().map(VisualMatch::productId).toList());
        assertEquals(1.0, now.get(0).score(), 1e-5);
        assertEquals(-0.6, now.get(3).score(), 1e-5);
        assertEquals(4, after.size());
        assertEquals(List.of("b"), after.search(QUERY, 10, Optional.of("Bags")).stream().map(VisualMatch::productId).toList());

        assertEquals(List.of("b", "a", "c", "d"), before.search(QUERY, 10, Optional.empty()).stream().map(VisualMatch::productId).toList());
        assertEquals(4, before.size());
        assertEquals(Optional.empty(), before.withProducts(java.util.Set.of("a"), List.of()), "an earlier snapshot is rebuilt instead");

        VisualIndex third = after.withProducts(java.util.Set.of("e"), List.of()).orElseThrow();
        assertEquals(List.of("a", "c", "b"), third.search(QUERY, 10, Optional.empty()).stream().map(VisualMatch::productId).toList());
        assertEquals(List.of("e", "a", "c", "b"), after.search(QUERY, 10, Optional.empty()).stream().map(VisualMatch::productId).toList());
    }

    @Test
    void theExactIndexIsRebuiltRatherThanChanged() {
        assertEquals(Optional.empty(), VisualIndexes.exact(IMAGES).withProducts(java.util.Set.of("a"), List.of()));
    }
}
