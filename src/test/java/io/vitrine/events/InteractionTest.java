package io.vitrine.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InteractionTest {

    static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void typesParseInEveryCommonSpelling() {
        assertEquals(InteractionType.ADD_TO_CART, InteractionType.parse("add-to-cart").orElseThrow());
        assertEquals(InteractionType.ADD_TO_CART, InteractionType.parse(" ADD_TO_CART ").orElseThrow());
        assertTrue(InteractionType.parse("teleport").isEmpty());
        assertEquals("add-to-cart", InteractionType.ADD_TO_CART.wireName());
        assertTrue(InteractionType.PURCHASE.weight() > InteractionType.ADD_TO_CART.weight());
        assertTrue(InteractionType.ADD_TO_CART.weight() > InteractionType.LIKE.weight());
        assertTrue(InteractionType.LIKE.weight() > InteractionType.VIEW.weight());
    }

    @Test
    void eventsCarryWhatTheirTypeNeeds() {
        assertThrows(IllegalArgumentException.class, () -> Interaction.rating("u", "p", 6, T));
        assertThrows(IllegalArgumentException.class, () -> Interaction.of(InteractionType.VIEW, "u", null, T));
        assertThrows(IllegalArgumentException.class, () -> Interaction.of(InteractionType.VIEW, " ", "p", T));
        Interaction search = Interaction.search("anon:s1", "red dress", 12, T);
        assertTrue(search.anonymous());
        assertEquals(12, search.resultCount().orElseThrow());
        assertEquals(1, Interaction.of(InteractionType.PURCHASE, "u", "p", T).quantity());
    }

    @Test
    void copiesKeepEverythingButWhatChanges() {
        Interaction view = Interaction.of(InteractionType.VIEW, "u", "p", T);
        Interaction keyed = view.withId("k1").withSource("recommendation:similar");
        assertEquals("k1", keyed.id());
        assertEquals("recommendation:similar", keyed.source().orElseThrow());
        assertEquals(T, keyed.occurredAt());
        assertNotEquals(view.id(), keyed.id());
    }
}
