package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.vitrine.chat.eval.HeldOutSplit;
import io.vitrine.chat.eval.NearDuplicates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The corpus rule of the chat issue: at least 30 intents with at least 30 varied utterances each, per language. */
class IntentCorpusTest {

    private static final Set<String> REQUIRED = Set.of("product_info", "price", "availability", "sizes_colours",
            "shipping_cost_delay", "returns", "payment_methods", "order_status", "cancel_order", "recommendation",
            "compare_products", "seller_contact", "opening_hours", "account_help", "greeting", "thanks", "goodbye",
            "human_agent", IntentCorpus.OUT_OF_SCOPE);

    @ParameterizedTest
    @EnumSource(ChatLanguage.class)
    void hasThirtyIntentsOfThirtyUtterances(ChatLanguage lang) {
        Map<String, Integer> counts = IntentCorpus.counts(IntentCorpus.load(lang));
        assertTrue(counts.size() >= 30, lang + ": " + counts.size() + " intents");
        counts.forEach((intent, n) -> assertTrue(n >= 30, lang + " " + intent + ": " + n + " utterances"));
        assertTrue(counts.keySet().containsAll(REQUIRED), lang + " misses some of " + REQUIRED);
    }

    @ParameterizedTest
    @EnumSource(ChatLanguage.class)
    void utterancesAreDistinctAndNotOneTemplate(ChatLanguage lang) {
        List<IntentExample> corpus = IntentCorpus.load(lang);
        Map<String, String> seen = new HashMap<>();
        Map<String, Integer> openings = new HashMap<>();
        for (IntentExample e : corpus) {
            // "hi!" and "hi" are one utterance, not two
            String key = String.join(" ", TextNormalizer.tokens(e.text()));
            assertEquals(null, seen.put(key, e.intent()), lang + " duplicate: " + e.text());
            String[] words = e.text().toLowerCase(Locale.ROOT).split("\\s+");
            String opening = words.length >= 3 ? words[0] + " " + words[1] + " " + words[2] : String.join(" ", words);
            openings.merge(e.intent() + "|" + opening, 1, Integer::sum);
        }
        // one sentence templated into many would repeat its opening words; real phrasings vary more than that
        Map<String, Integer> counts = IntentCorpus.counts(corpus);
        openings.forEach((k, n) -> assertTrue(n * 4 <= counts.get(k.substring(0, k.indexOf('|'))),
                lang + " too many utterances start alike: " + k + " x" + n));
    }

    /**
     * Out of scope is the whole world but a shop: each language holds hundreds of the project's own examples of it
     * (health, weather, banking, travel, cooking, code, sport, politics, other shops, homework, ...), not a few dozen.
     */
    @ParameterizedTest
    @EnumSource(ChatLanguage.class)
    void outOfScopeHasBreadth(ChatLanguage lang) {
        int n = IntentCorpus.counts(IntentCorpus.load(lang)).get(IntentCorpus.OUT_OF_SCOPE);
        assertTrue(n >= 400, lang + ": " + n + " out-of-scope utterances");
    }

    @ParameterizedTest
    @EnumSource(ChatLanguage.class)
    void bothLanguagesHaveTheSameIntents(ChatLanguage lang) {
        assertEquals(IntentCorpus.counts(IntentCorpus.load(ChatLanguage.EN)).keySet(),
                IntentCorpus.counts(IntentCorpus.load(lang)).keySet());
    }

    /**
     * The benchmark's held-out split (every 5th utterance per intent and language, one joint model) holds out for
     * real: no held-out utterance has a near duplicate of its intent among the training utterances of either language.
     */
    @Test
    void noNearDuplicateCrossesTheHeldOutSplit() {
        List<IntentExample> train = new ArrayList<>();
        List<IntentExample> test = new ArrayList<>();
        for (ChatLanguage lang : ChatLanguage.values()) {
            HeldOutSplit split = HeldOutSplit.everyNth(IntentCorpus.load(lang), 5);
            train.addAll(split.train());
            test.addAll(split.test());
        }
        List<String> leaks = NearDuplicates.crossing(new HeldOutSplit(train, test));
        assertTrue(leaks.isEmpty(), leaks.size() + " near duplicates cross the split: " + leaks);
    }
}
