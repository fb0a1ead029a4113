package io.vitrine.catalog;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The snapshot's id map: puts, replacements, removals among colliding ids, growth; an older version never changes. */
class IdOrdinalsTest {

    @Test
    void collidingIdsAreFoundAfterOneOfThemIsRemoved() {
        // "Aa", "BB" and "C#" have the same hashCode (2112): one home slot, three probes
        Map<String, Integer> put = new LinkedHashMap<>();
        put.put("Aa", 0);
        put.put("BB", 1);
        put.put("C#", 2);
        put.put("p7", 3);
        IdOrdinals three = IdOrdinals.empty().with(put, List.of());

        IdOrdinals two = three.with(Map.of("p7", 9), List.of("Aa"));

        assertEquals(4, three.size());
        assertEquals(0, three.get("Aa"), "the older version is unchanged");
        assertEquals(3, three.get("p7"));
        assertEquals(3, two.size());
        assertEquals(-1, two.get("Aa"));
        assertEquals(1, two.get("BB"), "moved back into the hole, still found");
        assertEquals(2, two.get("C#"));
        assertEquals(9, two.get("p7"), "replaced");
        assertFalse(two.contains("zz"));
        assertEquals(-1, two.with(Map.of(), List.of("BB", "C#", "BB")).get("C#"));
    }

    @Test
    void itGrowsAndAgreesWithAHashMapThroughRandomPutsAndRemovals() {
        Random random = new Random(3);
        Map<String, Integer> expected = new HashMap<>();
        IdOrdinals ids = IdOrdinals.empty();
        for (int round = 0; round < 40; round++) {
            Map<String, Integer> put = new HashMap<>();
            for (int i = 0; i < 60; i++) {
                put.put("p-" + random.nextInt(1_500), random.nextInt(1_000_000));
            }
            List<String> removed = random.ints(20, 0, 1_500).mapToObj(i -> "p-" + i).toList();
            ids = ids.with(put, removed);
            expected.putAll(put);
            removed.forEach(expected::remove);
            assertEquals(expected.size(), ids.size(), "round " + round);
        }
        for (int i = 0; i < 1_500; i++) {
            String id = "p-" + i;
            assertEquals(expected.getOrDefault(id, -1), ids.get(id), id);
        }
    }
}
