package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.ProductCard;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.IntentPrediction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failure kinds of chat-dev2 (session 12), one small case each on the four-product shop of {@link AnswersFixture}:
 * a size that finds nothing is dropped before the colour; an unsure policy reading of a bare refinement refines the
 * list; one product named in a "comparison" is a question about it; a policy question about a named product says so.
 */
class DialogueKindsTest extends AnswersFixture {

    private ChatAnswer say(String message, String intent, double confidence, ChatLanguage lang) {
        return answers.answer(c, message, new IntentPrediction(intent, confidence, lang, intent, false), Optional.empty());
    }

    private static List<String> ids(ChatAnswer a) {
        return a.cards().stream().map(ProductCard::id).toList();
    }

    @Test
    void aSizeThatFindsNothingIsDroppedBeforeTheColour() {
        // the one red dress in stock (demo-1) is an M: in L there is none, so the red ones in any size, said so
        ChatAnswer en = say("a red dress size L", "recommendation", 0.9, ChatLanguage.EN);
        assertEquals(List.of("demo-1"), ids(en));
        assertTrue(en.text().startsWith("Nothing in size L. Here is 1 suggestion in red:"), en.text());
        c = io.vitrine.chat.conversation.Conversation.start(FRIDAY.instant());
        ChatAnswer fr = say("une robe rouge taille L", "recommendation", 0.9, ChatLanguage.FR);
        assertEquals(List.of("demo-1"), ids(fr));
        assertTrue(fr.text().startsWith("Rien en taille L. Voici 1 suggestion en rouge"), fr.text());
    }

    @Test
    void anUnsurePolicyReadingOfABareRefinementRefinesTheList() {
        assertEquals(List.of("demo-1"), ids(say("a red dress", "recommendation", 0.9, ChatLanguage.EN)));
        // "in blue under 60" read as a damaged item with 0.3: the list again, in blue
        ChatAnswer blue = say("in blue under 60", "damaged_item", 0.3, ChatLanguage.EN);
        assertEquals(Intent.RECOMMENDATION, blue.intent());
        assertEquals(List.of("demo-2"), ids(blue));
        // sure of the policy (0.9): the policy's answer, no cards
        ChatAnswer sure = say("in blue under 60", "damaged_item", 0.9, ChatLanguage.EN);
        assertEquals(List.of(), ids(sure));
        assertTrue(sure.intent() != Intent.RECOMMENDATION, sure.text());
    }

    @Test
    void oneProductNamedInAComparisonIsAQuestionAboutIt() {
        ChatAnswer fr = answers.answer(c, "il vaut quoi Casque sans fil noir Orbit",
                new IntentPrediction("compare_products", 0.5, ChatLanguage.FR, "compare_products", false), Optional.empty());
        assertEquals(Intent.PRODUCT_INFO, fr.intent(), fr.text());
        assertTrue(fr.text().contains("Casque sans fil noir Orbit") || ids(fr).equals(List.of("demo-4")), fr.text());
        c = io.vitrine.chat.conversation.Conversation.start(FRIDAY.instant());
        ChatAnswer en = answers.answer(c, "what's the Nordika Classic Linen Dress – Red worth",
                new IntentPrediction("compare_products", 0.5, ChatLanguage.EN, "compare_products", false), Optional.empty());
        assertEquals(Intent.PRODUCT_INFO, en.intent(), en.text());
    }

    @Test
    void aPolicyQuestionAboutANamedProductSaysWhichProduct() {
        ChatAnswer en = answers.answer(c, "can I put the Nordika Classic Linen Dress – Red in the washing machine",
                new IntentPrediction("product_care", 0.9, ChatLanguage.EN, "product_care", false), Optional.empty());
        assertTrue(en.text().startsWith("About the Nordika Classic Linen Dress – Red: "), en.text());
        ChatAnswer fr = answers.answer(c, "on peut laver la Robe classique en lin rouge Nordika en machine ?",
                new IntentPrediction("product_care", 0.9, ChatLanguage.FR, "product_care", false), Optional.empty());
        assertTrue(fr.text().startsWith("À propos de Robe classique en lin rouge Nordika : "), fr.text());
    }

    /**
     * The shop's search forgives more than a typo ("tents" finds "teint", "tentes" finds "tennis"): a hit holding
     * none of the shopper's words, as typed or one edit away (from five letters), is a product the shop does not carry.
     */
    @Test
    void aHitHoldingNoneOfTheWordsIsNotWhatWasAskedFor() {
        var dress = shop.product("demo-3").orElseThrow(); // "Lumen Satin Dress – Red" / "Robe en satin rouge Lumen"
        assertTrue(ProductLists.mentionsNearly(dress, "satin"));
        assertTrue(ProductLists.mentionsNearly(dress, "tents satinn"), "one typo from five letters");
        assertTrue(ProductLists.mentionsNearly(dress, "robes"), "a plural is one edit");
        assertTrue(!ProductLists.mentionsNearly(dress, "tents"));
        assertTrue(!ProductLists.mentionsNearly(dress, "lumn"), "four letters must be exact");
        assertTrue(!ProductLists.mentionsNearly(dress, "tennis"));
        // a price question about a word no product holds: no card, "not found"
        ChatAnswer tents = say("how much are your tents?", "price", 0.9, ChatLanguage.EN);
        assertEquals(List.of(), ids(tents));
        assertTrue(tents.text().startsWith("I could not find a product matching"), tents.text());
    }
}
