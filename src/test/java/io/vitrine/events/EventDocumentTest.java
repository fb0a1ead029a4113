package io.vitrine.events;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The document an event is stored as, built without JNoSQL: every field, absent ones null, as JNoSQL wrote it. */
class EventDocumentTest {

    @Test
    void aRatingKeepsEveryFieldAbsentOnesNull() {
        Interaction rating = Interaction.rating("ada@example.org", "lamp", 4, Instant.ofEpochMilli(1_700_000_000_123L))
                .withId("id.9a16b03f3183712b.e-1").withSource("page:product");

        Document expected = new Document("_id", "id.9a16b03f3183712b.e-1").append("type", "RATING")
                .append("userId", "ada@example.org").append("productId", "lamp").append("occurredAt", 1_700_000_000_123L)
                .append("source", "page:product").append("rating", 4).append("quantity", 0).append("query", null)
                .append("resultCount", null);
        Document stored = MongoEventRepository.document(rating);
        assertEquals(expected, stored);
        assertEquals(Arrays.asList(String.class, String.class, String.class, String.class, Long.class, String.class,
                Integer.class, Integer.class, null, null), stored.values().stream().map(v -> v == null ? null : v.getClass()).toList(),
                "the BSON types JNoSQL gave: int64 times, int32 numbers");
    }

    @Test
    void aSearchHasItsQueryAndNoProduct() {
        Interaction search = Interaction.search("anon:s1", "desk lamp", 12, Instant.ofEpochMilli(5)).withId("k");

        assertEquals(new Document("_id", "k").append("type", "SEARCH").append("userId", "anon:s1").append("productId", null)
                .append("occurredAt", 5L).append("source", null).append("rating", null).append("quantity", 0)
                .append("query", "desk lamp").append("resultCount", 12), MongoEventRepository.document(search));
    }
}
