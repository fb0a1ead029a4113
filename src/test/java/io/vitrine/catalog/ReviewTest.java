package io.vitrine.catalog;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewTest {

    private static final ProductId P = new ProductId("demo-00007");
    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void keepsWhatTheShopperTypedTrimmed() {
        Review r = new Review(P, "ada@example.org", " Ada ", 5, "  Fits well <b>really</b>  ", AT);
        assertEquals("Fits well <b>really</b>", r.text(), "stored as typed; pages escape it");
        assertEquals("Ada", r.author());
        assertEquals(5, r.stars());
        assertEquals(P, r.productId());
        assertEquals(AT, r.createdAt());
    }

    @Test
    void refusesWhatIsNotAReview() {
        assertThrows(IllegalArgumentException.class, () -> new Review(P, "a@b.c", "", 0, "text", AT));
        assertThrows(IllegalArgumentException.class, () -> new Review(P, "a@b.c", "", 6, "text", AT));
        assertThrows(IllegalArgumentException.class, () -> new Review(P, "a@b.c", "", 3, "   ", AT));
        assertThrows(IllegalArgumentException.class, () -> new Review(P, "", "", 3, "text", AT));
        assertThrows(IllegalArgumentException.class, () -> new Review(P, "a@b.c", "", 3, "x".repeat(Review.MAX_TEXT + 1), AT));
        assertEquals(Review.MAX_TEXT, new Review(P, "a@b.c", "", 3, "x".repeat(Review.MAX_TEXT), AT).text().length());
    }
}
