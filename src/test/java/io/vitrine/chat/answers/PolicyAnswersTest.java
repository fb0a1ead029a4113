package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy questions answered from the FAQ entries. Same shop and conversation as
 * {@link AnswersFixture}.
 */
class PolicyAnswersTest extends AnswersFixture {

    @Test
    void policiesComeFromTheFaqEntries() {
        ChatAnswer en = say("can I send an item back?", "returns", ChatLanguage.EN);
        assertTrue(en.text().startsWith("You can return any item within 30 days of delivery"), en.text());
        ChatAnswer fr = say("vous acceptez paypal ?", "payment_methods", ChatLanguage.FR);
        assertTrue(fr.text().contains("PayPal") && fr.text().startsWith("Nous acceptons"), fr.text());
    }
}
