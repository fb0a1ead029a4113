package io.vitrine.chat.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.IntentClassifier;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.IntentPrediction;
import io.vitrine.chat.understanding.LanguageIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model shipped in models/chat reads back and answers plain questions in both languages. */
class DefaultIntentModelTest {

    private static final Path FILE = Path.of("models/chat/intent-model.bin");
    private static IntentClassifier classifier;

    @BeforeAll
    static void load() throws Exception {
        assertTrue(Files.isRegularFile(FILE), "run the command in models/chat/MODEL_CARD.md to produce " + FILE);
        IntentModel model = IntentModel.read(FILE);
        classifier = new IntentClassifier(model, LanguageIdentifier.standard());
    }

    @Test
    void knowsEveryCorpusIntent() {
        assertEquals(IntentCorpus.counts(IntentCorpus.loadAll()).keySet(), classifier.model().intentSet());
        assertEquals(IntentCorpus.OUT_OF_SCOPE, classifier.model().outOfScopeLabel());
    }

    @Test
    void answersPlainQuestions() {
        assertIntent("where is my order VT-123456?", "order_status", ChatLanguage.EN);
        assertIntent("je veux annuler ma commande", "cancel_order", ChatLanguage.FR);
        assertIntent("Bonjour", "greeting", ChatLanguage.FR);
        assertIntent("Hello", "greeting", ChatLanguage.EN);
        assertIntent("merci beaucoup", "thanks", ChatLanguage.FR);
        assertIntent("do you ship to Switzerland?", "shipping_cost_delay", ChatLanguage.EN);
    }

    @Test
    void saysItDoesNotKnowOffTopicQuestions() {
        IntentPrediction p = classifier.classify("who won the football world cup in 1998");
        assertTrue(p.isOutOfScope(), p.toString());
    }

    private static void assertIntent(String text, String intent, ChatLanguage lang) {
        IntentPrediction p = classifier.classify(text);
        assertEquals(intent, p.intent(), text + " -> " + p);
        assertEquals(lang, p.lang(), text);
    }
}
