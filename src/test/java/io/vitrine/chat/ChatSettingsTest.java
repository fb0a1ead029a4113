package io.vitrine.chat;

import io.vitrine.chat.answers.DeliveryPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChatSettingsTest {

    @Test
    void theDefaultKeysGiveTheStandardDeliveryPolicy() {
        assertEquals(DeliveryPolicy.standard(), ChatSettings.of("FR", 1, "2-3", "3-6").delivery());
    }

    @Test
    void daysAreOneNumberOrARange() {
        assertEquals(new DeliveryPolicy("BE", 0, 2, 2, 3, 6), ChatSettings.of("BE", 0, " 2 ", "3 - 6").delivery());
        assertThrows(IllegalArgumentException.class, () -> ChatSettings.of("FR", 1, "3-2", "3-6"));
    }
}
