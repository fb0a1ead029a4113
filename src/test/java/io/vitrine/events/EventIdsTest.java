package io.vitrine.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventIdsTest {

    // sha256("admin:bench") starts 9a16b03f3183712b (printf 'admin:bench' | sha256sum)
    private final EventIds bench = EventIds.of("admin:bench");

    @Test
    void aFreshIdIsAVersion7UuidThatStartsWithItsMillisecond() {
        String id = EventIds.fresh(0x0123456789abL, new Random(1));
        assertTrue(id.startsWith("01234567-89ab-7"), id);
        UUID uuid = UUID.fromString(id);
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant());
    }

    @Test
    void freshIdsOfLaterMillisecondsSortLater() {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>();
        for (long ms = 1_700_000_000_000L; ms < 1_700_000_000_000L + 300; ms++) {
            ids.add(EventIds.fresh(ms, random));
        }
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(300, ids.stream().distinct().count());
    }

    @Test
    void aSendersOwnIdGivesTheSameIdOnEverySendAndKeepsItsOrder() {
        assertEquals("id.9a16b03f3183712b.e-1", bench.ofClientId("e-1"));
        assertEquals(bench.ofClientId("e-1"), EventIds.of("admin:bench").ofClientId("e-1"));
        assertTrue(bench.ofClientId("e-1").compareTo(bench.ofClientId("e-2")) < 0);
        assertNotEquals(bench.ofClientId("e-1"), EventIds.of("partner:acme").ofClientId("e-1"), "senders apart");
    }

    @Test
    void anIdempotencyKeysEventsAreNumberedByPosition() {
        assertEquals("key.9a16b03f3183712b.k-9.0002", bench.ofIdempotencyKey("k-9", 2));
        assertTrue(bench.ofIdempotencyKey("k-9", 9).compareTo(bench.ofIdempotencyKey("k-9", 10)) < 0);
        assertNotEquals(bench.ofClientId("k-9"), bench.ofIdempotencyKey("k-9", 0));
        assertThrows(IllegalArgumentException.class, () -> bench.ofIdempotencyKey("k-9", 10_000));
    }

    @Test
    void textOutsidePrintableAsciiIsEscapedSoNoTwoTextsShareAnId() {
        assertEquals("a%25b", EventIds.escape("a%b"));
        assertEquals("a%20b%00%c3%a9", EventIds.escape("a b\u0000\u00e9"));
        assertEquals("%ef%bf%bf", EventIds.escape("\uffff"));
        assertNotEquals(EventIds.escape("%20"), EventIds.escape(" "));
    }

    @Test
    void theIdsOfBeforeAreTheSha256OfSenderAndIdOrKeyAndPosition() {
        // printf 'admin:bench\0id:e-1' | sha256sum
        assertEquals("7672cec639b2b186aea83ac8129c7f719c1dc7007422fc5081af506018b7a1da", bench.legacyOfClientId("e-1"));
        // printf 'admin:bench\0key:k-9\0' ; printf '2'  (one input) | sha256sum
        assertEquals("e70d40251b8927939d6b4806c542ac92d3174dc090dc301cb1f7fc932ab76368",
                bench.legacyOfIdempotencyKey("k-9", 2));
    }
}
