package io.vitrine.chat.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.NgramNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NetworkTrainerTest {

    private static final List<IntentExample> TINY = TinyIntents.EXAMPLES;

    /** Small and fast: three members, no early stop before 40 epochs. */
    private static final NetworkOptions OPTIONS = new NetworkOptions(16, 40, 0.2, 0.1, 0.1, 3, 40, 5);

    private static IntentModel model;

    @BeforeAll
    static void train() {
        model = new NetworkTrainer(OPTIONS).train(TINY, "nope", 0.0);
    }

    @Test
    void learnsTheTinyCorpusIncludingMissingAccents() {
        // the two-message "nope" class is left out: each member holds one of its messages out for validation
        for (IntentExample e : TINY.stream().filter(e -> !e.intent().equals("nope")).toList()) {
            assertEquals(e.intent(), model.best(e.text()).intent(), e.text());
        }
        assertEquals("price", model.classify("combien ca coute", ChatLanguage.FR).intent());
        assertEquals("returns", model.classify("retourner un article", ChatLanguage.FR).intent());
        assertEquals(List.of("greeting", "nope", "price", "returns"), List.copyOf(model.intentSet()));
        assertEquals(NgramNetwork.TYPE, model.scorerType());
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
    void theSameSeedTrainsTheSameModel() {
        IntentModel again = new NetworkTrainer(OPTIONS).train(TINY, "nope", 0.0);
        for (IntentExample e : TINY) {
            assertEquals(model.best(e.text()), again.best(e.text()));
        }
    }

    @Test
    void aSavedModelReadsBackWithTheSameAnswers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.withThreshold(0.2).write(bytes);
        IntentModel read = IntentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(0.2, read.threshold());
        assertEquals("nope", read.outOfScopeLabel());
        for (IntentExample e : TINY) {
            // weights are stored as bfloat16: the same answer, nearly the same probability
            assertEquals(model.best(e.text()).intent(), read.best(e.text()).intent(), e.text());
            assertEquals(model.best(e.text()).probability(), read.best(e.text()).probability(), 0.02, e.text());
        }
    }

    @Test
    void eachMemberStopsOnItsOwnTenth() {
        List<String> log = new ArrayList<>();
        new NetworkTrainer(new NetworkOptions(8, 30, 0.2, 0, 0, 2, 2, 5)).logTo(log::add).train(TINY, "nope", 0);
        assertTrue(log.stream().anyMatch(s -> s.startsWith("member 0 ")), log.toString());
        assertTrue(log.stream().anyMatch(s -> s.startsWith("member 1 ")), log.toString());
        // patience 2: a member stops long before 30 epochs once its tenth stops improving
        assertTrue(log.size() < 60, log.size() + " epochs");
    }

    @Test
    void refusesASingleIntentAndBadOptions() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkTrainer(OPTIONS)
                .train(List.of(new IntentExample("a", "x"), new IntentExample("a", "y")), "oos", 0));
        assertThrows(IllegalArgumentException.class, () -> new NetworkOptions(0, 30, 0.2, 0, 0, 1, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> new NetworkOptions(8, 30, 0.2, 1.0, 0, 1, 5, 1));
    }
}
