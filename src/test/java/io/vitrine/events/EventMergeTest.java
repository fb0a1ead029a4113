package io.vitrine.events;

import io.vitrine.platform.RecordingEvent;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventMergeTest {

    @Test
    void anAnonymousSessionsEventsBecomeTheAccountsAndAreAnnounced() {
        InMemoryEventRepository repository = new InMemoryEventRepository();
        Instant t = Instant.parse("2026-11-29T10:00:00Z");
        repository.insertAll(List.of(Interaction.of(InteractionType.VIEW, "anon:web-1", "p1", t),
                Interaction.of(InteractionType.ADD_TO_CART, "anon:web-1", "p2", t.plusSeconds(5)),
                Interaction.of(InteractionType.VIEW, "anon:web-2", "p3", t)));
        List<EventsRecorded> announced = new ArrayList<>();
        EventService service = new EventService();
        service.events = repository;
        service.recorded = new RecordingEvent<>(announced);

        assertEquals(2, service.mergeAnonymous("anon:web-1", "ada@example.org"));

        assertEquals(List.of("p2", "p1"), repository.findByUser("ada@example.org", 10).stream()
                .map(e -> e.productId().orElseThrow()).toList());
        assertTrue(repository.findByUser("anon:web-1", 10).isEmpty());
        assertEquals(1, repository.findByUser("anon:web-2", 10).size(), "another session's events stay");
        assertEquals(1, announced.size());
        assertTrue(announced.get(0).events().stream().allMatch(e -> e.userId().equals("ada@example.org")));
        assertEquals(3, repository.count(), "moved, not copied");
    }

    @Test
    void onlyAnonymousHistoriesMerge() {
        EventService service = new EventService();
        service.events = new InMemoryEventRepository();
        assertThrows(IllegalArgumentException.class, () -> service.mergeAnonymous("bob@example.org", "ada@example.org"));
    }
}
