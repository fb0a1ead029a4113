package io.vitrine.chat.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.IntentPrediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IntentTrainerTest {

    private static final List<IntentExample> TINY = TinyIntents.EXAMPLES;

    private static IntentModel model;

    @BeforeAll
    static void train() {
        model = new IntentTrainer(TrainingOptions.defaults()).train(TINY, "nope", 0.0);
    }

    @Test
    void learnsTheTinyCorpusIncludingTyposAndMissingAccents() {
        assertEquals("price", model.classify("combien ca coute", ChatLanguage.FR).intent());
        assertEquals("price", model.classify("wat is the prise", ChatLanguage.EN).intent());
        assertEquals("returns", model.classify("retourner un artcle", ChatLanguage.FR).intent());
        assertEquals("greeting", model.classify("Hello!", ChatLanguage.EN).intent());
        assertEquals(List.of("greeting", "nope", "price", "returns"), List.copyOf(model.intentSet()));
    }

    @Test
    void theOutOfScopeLabelAndTheThresholdBothReject() {
        IntentPrediction joke = model.classify("tell me a joke", ChatLanguage.EN);
        assertTrue(joke.isOutOfScope());
        assertEquals("nope", joke.intent());

        IntentModel strict = model.withThreshold(0.999);
        IntentPrediction p = strict.classify("how much is it", ChatLanguage.EN);
        assertTrue(p.isOutOfScope());
        assertEquals("nope", p.intent());
        assertEquals("price", p.bestGuess());
    }

    @Test
    void probabilitiesSumToOne() {
        double sum = 0;
        for (double p : model.scores("quel est le prix")) {
            sum += p;
        }
        assertEquals(1.0, sum, 1e-9);
    }

    @Test
    void aSavedModelReadsBackWithTheSameAnswers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.withThreshold(0.2).write(bytes);
        IntentModel read = IntentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(0.2, read.threshold());
        assertEquals("nope", read.outOfScopeLabel());
        for (IntentExample e : TINY) {
            assertEquals(model.best(e.text()), read.best(e.text()));
        }
    }

    @Test
    void refusesASingleIntent() {
        assertThrows(IllegalArgumentException.class, () -> new IntentTrainer(TrainingOptions.defaults())
                .train(List.of(new IntentExample("a", "x"), new IntentExample("a", "y")), "oos", 0));
    }
}
