package io.vitrine.chat.handover;

import io.vitrine.chat.ChatLanguage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SellerMessageTest {

    @Test
    void answeredThenClosedNeverReopened() {
        SellerMessage m = new SellerMessage("atelier-nord", "c1", Optional.empty(), Optional.of("demo-1"), ChatLanguage.FR,
                "question", "  texte  ", Instant.EPOCH);
        assertEquals("texte", m.text());
        assertEquals(SellerMessage.Status.OPEN, m.status());
        assertThrows(IllegalArgumentException.class, () -> m.answer(" ", Instant.EPOCH));
        SellerMessage answered = m.answer("Oui, dès lundi.", Instant.EPOCH);
        assertEquals(SellerMessage.Status.ANSWERED, answered.status());
        assertEquals(Optional.of("Oui, dès lundi."), answered.reply());
        SellerMessage closed = answered.close(Instant.EPOCH);
        assertThrows(IllegalStateException.class, () -> closed.answer("again", Instant.EPOCH));
    }
}
