package io.vitrine.events;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.RecordingEvent;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@link EventService#record} names events, and how a retry is recognised, old ids included. */
class EventRecordingTest {

    private static final String SENDER = "admin:bench";

    @Test
    void aRetriedEventIdIsStoredOnceUnderItsOrderedId() {
        InMemoryEventRepository repository = new InMemoryEventRepository();
        EventService service = service(repository);

        assertEquals(new EventService.Recorded(1, 0), service.record(SENDER, List.of(search("e-1")), Optional.empty()));
        assertEquals(new EventService.Recorded(0, 1), service.record(SENDER, List.of(search("e-1")), Optional.empty()));

        assertEquals(List.of("id.9a16b03f3183712b.e-1"), repository.all().stream().map(Interaction::id).toList());
    }

    @Test
    void anEventStoredUnderItsOldIdIsADuplicateWhenTheDatabaseMayHoldOldIds() {
        EventIds ids = EventIds.of(SENDER);
        InMemoryEventRepository repository = new InMemoryEventRepository().withLegacyIds();
        repository.insertAll(List.of(Interaction.search("ada@example.org", "lamp", 3, Instant.EPOCH)
                .withId(ids.legacyOfClientId("e-1"))));
        EventService service = service(repository);

        EventService.Recorded again = service.record(SENDER, List.of(search("e-1"), search("e-2")), Optional.empty());

        assertEquals(new EventService.Recorded(1, 1), again, "e-1 was stored before ordered ids, e-2 is new");
        assertEquals(List.of(ids.legacyOfClientId("e-1"), ids.ofClientId("e-2")),
                repository.all().stream().map(Interaction::id).toList());
    }

    @Test
    void aBatchSentAgainWithItsIdempotencyKeyIsAllDuplicatesAlsoUnderOldIds() {
        EventIds ids = EventIds.of(SENDER);
        InMemoryEventRepository repository = new InMemoryEventRepository().withLegacyIds();
        repository.insertAll(List.of(Interaction.search("ada@example.org", "lamp", 3, Instant.EPOCH)
                .withId(ids.legacyOfIdempotencyKey("k-9", 0))));
        EventService service = service(repository);
        List<EventDraft> batch = List.of(search(null), search(null));

        assertEquals(new EventService.Recorded(1, 1), service.record(SENDER, batch, Optional.of("k-9")));
        assertEquals(new EventService.Recorded(0, 2), service.record(SENDER, batch, Optional.of("k-9")));
        assertEquals(ids.ofIdempotencyKey("k-9", 1), repository.all().get(1).id());
    }

    @Test
    void eventsWithoutAnIdOfTheSenderGetTimeOrderedIds() {
        InMemoryEventRepository repository = new InMemoryEventRepository();
        EventService service = service(repository);

        service.record(SENDER, List.of(search(null), search(null)), Optional.empty());

        List<Interaction> stored = repository.all();
        assertEquals(2, stored.size());
        assertTrue(stored.stream().allMatch(e -> java.util.UUID.fromString(e.id()).version() == 7), stored.toString());
    }

    @Test
    void aBatchWithOneBrokenDraftIsRefusedWholeAndStoresNothing() {
        InMemoryEventRepository repository = new InMemoryEventRepository();
        EventService service = service(repository);
        List<EventDraft> batch = List.of(search("e-1"),
                new EventDraft("e-2", "rating", "ada@example.org", "lamp", null, null, 9, null, null, null));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.record(SENDER, batch, Optional.empty()));

        assertEquals("rating: must be less than or equal to 5", e.getMessage());
        assertEquals(0, repository.count());
        assertThrows(InvalidInputException.class, () -> service.record(SENDER, List.of(), Optional.empty()));
    }

    private static EventService service(EventRepository repository) {
        EventService service = new EventService();
        service.events = repository;
        service.recorded = new RecordingEvent<>(new ArrayList<>());
        return service;
    }

    /** A search event: it names no product, so no catalogue is needed. */
    private static EventDraft search(String id) {
        return new EventDraft(id, "search", "ada@example.org", null, null, null, null, null, "lamp", 3);
    }
}
