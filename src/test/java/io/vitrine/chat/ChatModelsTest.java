package io.vitrine.chat;

import io.vitrine.chat.faq.FaqEntry;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatModelsTest {

    @Test
    void faqQuestionsJoinTheCorpusUnderKnownIntentsOnly() {
        FaqEntry known = new FaqEntry("x-en", "returns", ChatLanguage.EN, "Can I swap it for another size?", "Yes.", Instant.EPOCH);
        FaqEntry unknown = new FaqEntry("y-en", "no_such_intent", ChatLanguage.EN, "What?", "No.", Instant.EPOCH);
        List<IntentExample> all = ChatModels.examples(List.of(known, unknown));
        // the corpus and the one FAQ question of a known intent
        assertEquals(IntentCorpus.loadAll().size() + 1, all.size());
        assertTrue(all.contains(new IntentExample("returns", "Can I swap it for another size?")));
    }

    @Test
    void theFingerprintIgnoresOrderButNotContent() {
        List<IntentExample> a = List.of(new IntentExample("a", "x"), new IntentExample("b", "y"));
        assertEquals(ChatModels.fingerprint(a), ChatModels.fingerprint(List.of(a.get(1), a.get(0))));
        assertNotEquals(ChatModels.fingerprint(a), ChatModels.fingerprint(List.of(new IntentExample("a", "x"))));
    }

    @Test
    void theShippedModelIsOnTheClasspath() throws Exception {
        try (var in = ChatModels.class.getResourceAsStream(ChatModels.DEFAULT_MODEL)) {
            IntentModel model = IntentModel.read(in);
            assertTrue(model.intents().contains("order_status"));
        }
    }
}
