package io.vitrine.chat.conversation;

import io.vitrine.chat.understanding.Colour;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.PriceRange;
import io.vitrine.chat.understanding.ProductCriteria;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationTest {

    @Test
    void idsAreUuids() {
        Conversation c = Conversation.start(Instant.EPOCH);
        assertTrue(Conversation.isValidId(c.id()));
        assertFalse(Conversation.isValidId("<script>"));
        assertFalse(Conversation.isValidId("00000000-0000-0000-0000-00000000000g"));
        assertFalse(Conversation.isValidId(null));
    }

    @Test
    void belongsToTheFirstLoggedInShopper() {
        Conversation c = Conversation.start(Instant.EPOCH);
        assertTrue(c.mayContinue(Optional.empty()));
        c.identify(Optional.of("a@b.io"));
        c.identify(Optional.of("c@d.io"));
        assertEquals(Optional.of("a@b.io"), c.accountId());
        assertTrue(c.mayContinue(Optional.of("a@b.io")));
        assertFalse(c.mayContinue(Optional.of("c@d.io")));
        assertFalse(c.mayContinue(Optional.empty()), "logged out, nobody reads the shopper's turns");
    }

    @Test
    void keepsTheLastSearchAndALimitedNumberOfTurns() {
        Conversation c = Conversation.start(Instant.EPOCH);
        ProductCriteria search = new ProductCriteria("dress", Optional.of("fashion/dresses"), Optional.of(Colour.RED),
                Optional.of("M"), Optional.of(PriceRange.atMost(new BigDecimal("40"))), Optional.of(Intent.RECOMMENDATION));
        c.searched(search);
        assertEquals(Optional.of(search), c.lastSearch());
        for (int i = 0; i < Conversation.MAX_TURNS + 5; i++) {
            c.record(new ChatTurn("m" + i, "r", "greeting", 0.9, Instant.ofEpochSecond(i)));
        }
        assertEquals(Conversation.MAX_TURNS, c.turns().size());
        assertEquals("m5", c.turns().get(0).message());
    }
}
