package io.vitrine.events;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The range of a scan means the same on the embedded store's documents as the filter it sends to a database. */
class EventScanTest {

    private static Map<String, Object> stored(String type, long at) {
        return Map.of("_id", "x", "type", type, "userId", "ada", "occurredAt", at, "source", "search");
    }

    @Test
    void aRangeKeepsItsTypesFromItsStartAndBeforeItsEnd() {
        EventScan.Range r = EventScan.Range.ALL.ofTypes(Set.of(InteractionType.VIEW, InteractionType.PURCHASE))
                .since(10).before(20);
        Set<String> names = r.typeNames();
        assertTrue(r.test(stored("VIEW", 10), names), "the start is in");
        assertTrue(r.test(stored("PURCHASE", 19), names));
        assertFalse(r.test(stored("VIEW", 20), names), "the end is out");
        assertFalse(r.test(stored("VIEW", 9), names));
        assertFalse(r.test(stored("SEARCH", 15), names), "another type");
        assertFalse(r.test(Map.of("type", "VIEW"), names), "no time: not in a bounded range");
        assertTrue(EventScan.Range.ALL.test(Map.of("type", "ANYTHING"), EventScan.Range.ALL.typeNames()));
    }

    @Test
    void theRangesFilterSaysTheSame() {
        assertTrue(EventScan.Range.ALL.filter().toBsonDocument().isEmpty(), "all events: no condition");
        String json = EventScan.Range.ALL.ofTypes(Set.of(InteractionType.VIEW)).since(10).before(20).filter()
                .toBsonDocument().toJson();
        assertEquals("{\"$and\": [{\"type\": {\"$in\": [\"VIEW\"]}}, {\"occurredAt\": {\"$gte\": 10}}, "
                + "{\"occurredAt\": {\"$lt\": 20}}]}", json);
    }

    @Test
    void onlyTheFieldsReadAreHandedOn() {
        EventScan scan = new EventScan(null, EventScan.Range.ALL, java.util.List.of("type", "occurredAt", "rating"), 0);
        assertEquals(new Document("type", "VIEW").append("occurredAt", 10L), scan.projected(stored("VIEW", 10)));
    }

    @Test
    void aDatabaseReadTakesOneQueryPerMaxPerReadStoredEvents() {
        assertEquals(1, EventScan.slices(250_000, 250_000));
        assertEquals(11, EventScan.slices(2_705_188, 250_000));
        assertEquals(1, EventScan.slices(2_705_188, 0));
    }
}
