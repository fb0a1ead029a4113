package io.vitrine.chat.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.LinearScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinearTrainerTest {

    private static final List<IntentExample> TINY = TinyIntents.EXAMPLES;

    private static IntentModel model;

    @BeforeAll
    static void train() {
        model = new LinearTrainer(LinearOptions.defaults()).train(TINY, "nope", 0.0);
    }

    @Test
    void learnsTheTinyCorpusIncludingMissingAccents() {
        for (IntentExample e : TINY) {
            assertEquals(e.intent(), model.best(e.text()).intent(), e.text());
        }
        assertEquals("price", model.classify("combien ca coute", ChatLanguage.FR).intent());
        assertEquals("returns", model.classify("retourner un article", ChatLanguage.FR).intent());
        assertEquals(List.of("greeting", "nope", "price", "returns"), List.copyOf(model.intentSet()));
        assertEquals(LinearScorer.TYPE, model.scorerType());
    }

    @Test
    void isDeterministicForASeed() {
        IntentModel again = new LinearTrainer(LinearOptions.defaults()).train(TINY, "nope", 0.0);
        assertArrayEquals(model.scores("how much for the jacket"), again.scores("how much for the jacket"), 0.0);
    }

    @Test
    void modelFileReadsBackWithinBfloat16() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.withThreshold(0.3).write(bytes);
        IntentModel read = IntentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(LinearScorer.TYPE, read.scorerType());
        assertEquals(0.3, read.threshold(), 0.0);
        for (IntentExample e : TINY) {
            assertArrayEquals(model.scores(e.text()), read.scores(e.text()), 0.02, e.text());
            assertEquals(model.best(e.text()).intent(), read.best(e.text()).intent(), e.text());
        }
    }

    @Test
    void needsTwoIntents() {
        assertThrows(IllegalArgumentException.class, () -> new LinearTrainer(LinearOptions.defaults())
                .train(List.of(new IntentExample("a", "x"), new IntentExample("a", "y")), "a", 0));
        assertThrows(IllegalArgumentException.class, () -> new LinearOptions(0, 0.2, 0, 1));
    }
}
