package io.vitrine.events;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.Problem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The drafts' rules, checked a batch at once, answered with the messages their annotations had. */
class EventDraftTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private static EventDraft view(String userId, String productId) {
        return new EventDraft(null, "view", userId, productId, null, null, null, null, null, null);
    }

    @Test
    void aValidBatchPasses() {
        assertDoesNotThrow(() -> EventDraft.requireValid(List.of(view("ada", "lamp-1"),
                new EventDraft("e".repeat(100), "Add_To_Cart", "u".repeat(200), "p_9", NOW, "s", null, 99, null, 0),
                new EventDraft(null, "rating", "ada", "lamp", NOW.minusSeconds(1), null, 5, 0, null, null),
                new EventDraft(null, "search", "ada", null, null, null, null, null, "q".repeat(500), 3)), NOW));
    }

    @Test
    void everyBrokenRuleOfTheBatchIsNamedSortedByField() {
        List<EventDraft> batch = List.of(
                view("ada", "lamp"),
                new EventDraft("x".repeat(101), "", " ", "no such!", NOW.plusMillis(1), null, 7, -1, null, -2),
                new EventDraft(null, "teleport", null, "lamp", null, "s".repeat(101), 0, 100, "q".repeat(501), null));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EventDraft.requireValid(batch, NOW));

        assertEquals(List.of(
                new Problem.FieldError("id", "size must be between 0 and 100"),
                new Problem.FieldError("productId", "not a product id"),
                new Problem.FieldError("quantity", "must be greater than or equal to 0"),
                new Problem.FieldError("quantity", "must be less than or equal to 99"),
                new Problem.FieldError("query", "size must be between 0 and 500"),
                new Problem.FieldError("rating", "must be less than or equal to 5"),
                new Problem.FieldError("rating", "must be greater than or equal to 1"),
                new Problem.FieldError("resultCount", "must be greater than or equal to 0"),
                new Problem.FieldError("source", "size must be between 0 and 100"),
                new Problem.FieldError("timestamp", "must be a date in the past or in the present"),
                new Problem.FieldError("type", "must not be blank"),
                new Problem.FieldError("type", "must be view, click, add-to-cart, purchase, rating, like or search"),
                new Problem.FieldError("type", "must be view, click, add-to-cart, purchase, rating, like or search"),
                new Problem.FieldError("userId", "must not be blank"),
                new Problem.FieldError("userId", "must not be blank")), e.errors());
        assertEquals(Problem.FieldError.detail(e.errors()), e.getMessage());
    }
}
