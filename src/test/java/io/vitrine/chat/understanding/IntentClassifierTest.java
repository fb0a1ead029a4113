package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.vitrine.chat.train.IntentTrainer;
import io.vitrine.chat.train.TrainingOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IntentClassifierTest {

    private static IntentClassifier classifier;

    @BeforeAll
    static void train() {
        List<IntentExample> examples = List.of(
                new IntentExample("thanks", "thank you"), new IntentExample("thanks", "thanks a lot"),
                new IntentExample("thanks", "merci beaucoup"), new IntentExample("thanks", "merci bien"),
                new IntentExample("order_status", "where is my order"), new IntentExample("order_status", "has my order shipped"),
                new IntentExample("order_status", "où est ma commande"), new IntentExample("order_status", "ma commande est partie ?"),
                new IntentExample("out_of_scope", "tell me a joke"), new IntentExample("out_of_scope", "raconte une blague"));
        IntentModel model = new IntentTrainer(TrainingOptions.defaults()).train(examples, IntentCorpus.OUT_OF_SCOPE, 0);
        classifier = new IntentClassifier(model, LanguageIdentifier.standard());
    }

    @Test
    void answersWithIntentAndLanguage() {
        IntentPrediction fr = classifier.classify("Où est ma commande VT-123456 ?");
        assertEquals("order_status", fr.intent());
        assertEquals(ChatLanguage.FR, fr.lang());
        IntentPrediction en = classifier.classify("where is my order VT-123456?");
        assertEquals("order_status", en.intent());
        assertEquals(ChatLanguage.EN, en.lang());
    }

    @Test
    void aShortMessageKeepsTheConversationLanguage() {
        IntentPrediction p = classifier.classify("thanks", ConversationLanguage.of(ChatLanguage.FR));
        assertEquals("thanks", p.intent());
        assertEquals(ChatLanguage.FR, p.lang());
    }
}
