package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = LanguageIdentifier.standard();

    @ParameterizedTest
    @ValueSource(strings = {"Bonjour", "merci", "Merci beaucoup", "salut", "bjr", "svp", "au revoir", "combien ?",
            "où est ma commande", "je voudrais annuler ma commande VT-123456", "vous livrez en Belgique ?",
            "une robe rouge a moins de 40 euros", "c'est dispo en taille M ?"})
    void frenchMessages(String text) {
        assertEquals(ChatLanguage.FR, identifier.guess(text).language(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello", "hi", "thanks", "Thank you!", "bye", "help", "how much?", "where is my order",
            "I want to cancel order VT-123456", "do you deliver to Belgium?", "a cheap red dress under 40 euros",
            "is it available in size M?"})
    void englishMessages(String text) {
        assertEquals(ChatLanguage.EN, identifier.guess(text).language(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"où est ma commande ? je l'attends depuis une semaine", "where is my order? I have been waiting for a week"})
    void fullSentencesAreConfident(String text) {
        assertTrue(identifier.guess(text).confidence() > 0.9, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "😀😀", "12345", "<b></b>"})
    void emptyOrSymbolicMessagesStillGetAGuess(String text) {
        LanguageGuess guess = identifier.guess(text);
        assertTrue(guess.language() != null);
        assertTrue(guess.confidence() >= 0.5 && guess.confidence() <= 1.0);
    }
}
