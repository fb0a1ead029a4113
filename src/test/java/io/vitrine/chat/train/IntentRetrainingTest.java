package io.vitrine.chat.train;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.IntentExample;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntentRetrainingTest {

    private static List<IntentExample> corpus() {
        List<IntentExample> out = new ArrayList<>();
        String[] hello = {"hello", "hi there", "good morning", "hey", "hello there", "hi", "hey there", "good evening", "morning", "hiya"};
        String[] bye = {"goodbye", "bye", "see you", "bye bye", "see you soon", "farewell", "later", "ciao", "bye now", "see ya"};
        for (int i = 0; i < hello.length; i++) {
            out.add(new IntentExample("greeting", hello[i]));
            out.add(new IntentExample("goodbye", bye[i]));
        }
        return out;
    }

    @Test
    void servesAModelOnlyAboveTheAccuracyBar() {
        List<String> phases = new ArrayList<>();
        IntentRetraining.Outcome ok = new IntentRetraining(TrainingOptions.defaults(), 0.5).run(corpus(), "out_of_scope", 0.0, phases::add);
        assertTrue(ok.model().isPresent(), ok.note());
        assertEquals("goodbye", ok.model().get().classify("bye bye", ChatLanguage.EN).intent());
        assertEquals(3, phases.size(), "held-out training, scoring, full training: " + phases);
        assertEquals(20.0, ok.metrics().get("utterances"));

        IntentRetraining.Outcome rejected = new IntentRetraining(TrainingOptions.defaults(), 1.01).run(corpus(), "out_of_scope", 0.0, p -> { });
        assertTrue(rejected.model().isEmpty(), "no accuracy passes 1.01");
        assertTrue(rejected.note().contains("below"), rejected.note());
    }
}
