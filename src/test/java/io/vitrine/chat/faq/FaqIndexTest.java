package io.vitrine.chat.faq;

import io.vitrine.chat.ChatLanguage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaqIndexTest {

    private static FaqEntry entry(String id, String intent, ChatLanguage lang, String q, String a) {
        return new FaqEntry(id, intent, lang, q, a, Instant.EPOCH);
    }

    private final FaqIndex index = FaqIndex.of(List.of(
            entry("returns-en", "returns", ChatLanguage.EN, "How do I return an item?", "Send it back within 30 days."),
            entry("payment-en", "payment_methods", ChatLanguage.EN, "Which payment methods?", "Cards and PayPal."),
            entry("payment-fr", "payment_methods", ChatLanguage.FR, "Quels moyens de paiement ?", "Cartes et PayPal."),
            entry("gift-en", "gift_wrapping", ChatLanguage.EN, "Gift wrapping?", "Tick gift wrapping, 3.50 EUR per item.")));

    @Test
    void wordsFindTheEntryWithStemming() {
        // "returning" stems to "return", which only the returns question holds
        assertEquals("returns-en", index.best("returning a pair of shoes", "", ChatLanguage.EN).orElseThrow().id());
        assertEquals("gift-en", index.best("can you wrap it as a gift", "", ChatLanguage.EN).orElseThrow().id());
    }

    @Test
    void theIntentDecidesWhenNoWordMatchesAndLanguagesStayApart() {
        assertEquals("payment-en", index.best("can I use my phone?", "payment_methods", ChatLanguage.EN).orElseThrow().id());
        assertEquals("payment-fr", index.best("je peux payer avec mon téléphone ?", "payment_methods", ChatLanguage.FR).orElseThrow().id());
        assertTrue(index.best("zzz", "", ChatLanguage.EN).isEmpty(), "nothing matches: no answer rather than a wrong one");
        assertTrue(index.best("gift wrapping", "gift_wrapping", ChatLanguage.FR).isEmpty(), "no French gift entry");
    }

    @Test
    void theSeededPagesAnswerInBothLanguages() {
        FaqIndex seeded = FaqIndex.of(FaqSeed.load(Instant.EPOCH));
        assertEquals(40, seeded.size(), "20 topics in English and French");
        assertEquals("refund-fr", seeded.best("quand vais-je être remboursé ?", "refund_status", ChatLanguage.FR).orElseThrow().id());
        assertEquals("opening-hours-en", seeded.best("are you open on sunday", "opening_hours", ChatLanguage.EN).orElseThrow().id());
    }
}
