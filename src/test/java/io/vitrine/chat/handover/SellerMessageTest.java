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
        m.answer("Oui, dès lundi.", Instant.EPOCH);
        assertEquals(SellerMessage.Status.ANSWERED, m.status());
        assertEquals(Optional.of("Oui, dès lundi."), m.reply());
        m.close(Instant.EPOCH);
        assertThrows(IllegalStateException.class, () -> m.answer("again", Instant.EPOCH));
    }
}
