package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every label the corpus and the shipped model know is an {@link Intent}, and back. */
class IntentTest {

    @Test
    void everyCorpusLabelIsAnIntentAndEveryIntentButTheSellerMessageIsInTheCorpus() {
        for (ChatLanguage lang : ChatLanguage.values()) {
            Set<String> labels = IntentCorpus.counts(IntentCorpus.load(lang)).keySet();
            Set<Intent> intents = labels.stream().map(l -> Intent.fromLabel(l).orElseThrow(() -> new AssertionError(l)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Intent.class)));
            assertEquals(EnumSet.complementOf(EnumSet.of(Intent.SELLER_MESSAGE)), intents, lang.code());
        }
    }

    @Test
    void theShippedModelPredictsOnlyKnownIntents() throws IOException {
        IntentModel model = IntentModel.read(Path.of("models/chat/intent-model.bin"));
        for (String label : model.intents()) {
            assertTrue(Intent.fromLabel(label).isPresent(), label);
        }
        assertEquals(Intent.OUT_OF_SCOPE.label(), model.outOfScopeLabel());
    }

    @Test
    void labelsRoundTripAndUnknownLabelsAreOutOfScope() {
        for (Intent i : Intent.values()) {
            assertEquals(Optional.of(i), Intent.fromLabel(i.label()));
        }
        assertEquals("shipping_cost_delay", Intent.SHIPPING.label());
        assertFalse(Intent.fromLabel("no_such_intent").isPresent());
        assertEquals(Intent.OUT_OF_SCOPE, new IntentPrediction("no_such_intent", 0.9, ChatLanguage.EN, "no_such_intent", false).understood());
        assertEquals(Intent.OUT_OF_SCOPE, new IntentPrediction("out_of_scope", 0.2, ChatLanguage.EN, "price", true).understood());
        assertEquals(Intent.PRICE, new IntentPrediction("price", 0.9, ChatLanguage.EN, "price", false).understood());
        assertEquals(Intent.OUT_OF_SCOPE, new IntentPrediction("seller_message", 0.9, ChatLanguage.EN, "seller_message", false).understood());
    }
}
