package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ConversationLanguageTest {

    private static LanguageGuess guess(ChatLanguage lang, double confidence, int words) {
        return new LanguageGuess(lang, confidence, words);
    }

    @Test
    void theFirstMessageDecidesEvenWhenShort() {
        ConversationLanguage c = ConversationLanguage.unknown().after(guess(ChatLanguage.FR, 0.9, 1));
        assertEquals(Optional.of(ChatLanguage.FR), c.language());
    }

    @Test
    void shortMessagesDoNotSwitchAConversation() {
        ConversationLanguage french = ConversationLanguage.of(ChatLanguage.FR);
        assertEquals(french, french.after(guess(ChatLanguage.EN, 0.99, 1)));
        assertEquals(french, french.after(guess(ChatLanguage.EN, 0.99, 2)));
    }

    @Test
    void undecidedLongerMessagesDoNotSwitchEither() {
        ConversationLanguage english = ConversationLanguage.of(ChatLanguage.EN);
        assertEquals(english, english.after(guess(ChatLanguage.FR, 0.6, 5)));
    }

    @Test
    void aClearLongerMessageSwitches() {
        ConversationLanguage english = ConversationLanguage.of(ChatLanguage.EN);
        assertEquals(ConversationLanguage.of(ChatLanguage.FR), english.after(guess(ChatLanguage.FR, 0.95, 3)));
    }

    @Test
    void withTheRealDetectorThanksStaysFrenchInAFrenchChat() {
        LanguageIdentifier id = LanguageIdentifier.standard();
        ConversationLanguage c = ConversationLanguage.unknown().after(id.guess("Bonjour, où est ma commande VT-123456 ?"));
        c = c.after(id.guess("Thanks"));
        c = c.after(id.guess("ok"));
        assertEquals(Optional.of(ChatLanguage.FR), c.language());
        c = c.after(id.guess("Sorry, can we speak English please? I do not understand French"));
        assertEquals(Optional.of(ChatLanguage.EN), c.language());
        c = c.after(id.guess("merci"));
        assertEquals(Optional.of(ChatLanguage.EN), c.language());
        assertTrue(ConversationLanguage.unknown().language().isEmpty());
    }
}
