package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.ProductCard;
import io.vitrine.chat.conversation.Conversation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Comparing two products named in one message. Same shop and conversation as
 * {@link AnswersFixture}.
 */
class ComparisonAnswersTest extends AnswersFixture {

    @Test
    void comparisonSaysWhichIsCheaperBetterRatedAndInStock() {
        ChatAnswer a = say("compare the Nordika linen dress and the Lumen satin dress", "compare_products", ChatLanguage.EN);
        // 49.99 - 34.99 = 15.00
        assertEquals("Nordika Classic Linen Dress – Red costs €49.99 and Lumen Satin Dress – Red costs €34.99; "
                + "Lumen Satin Dress – Red is cheaper by €15.00. Nordika Classic Linen Dress – Red is better rated (4.5/5). "
                + "Lumen Satin Dress – Red is out of stock.", a.text());
        assertEquals(List.of("demo-1", "demo-3"), a.cards().stream().map(ProductCard::id).toList());
    }

    /**
     * "à" is folded to "a", which also means "to" ("comparer X à Y"): it separates two products only when no "et" /
     * "and" / "vs" does, since it sits inside many French names. Split on it, "vernis à ongles noir Amberly" became
     * "vernis" (the glittery polish, listed first) and "ongles noir amberly".
     */
    @Test
    void aFrenchNameWithAIsNotCutInTwo() {
        shop.add(product("demo-6", "Amberly Glitter Nail Polish – Navy", "Vernis à ongles pailleté bleu marine Amberly", "nails",
                        599, 9, "navy", "", "casa-sud", 0, 0))
                .add(product("demo-5", "Amberly Gel Nail Polish – Black", "Vernis à ongles effet gel noir Amberly", "nails",
                        1499, 9, "black", "", "casa-sud", 0, 0));
        ChatAnswer et = say("Compare la robe en satin rouge Lumen et le vernis à ongles effet gel noir Amberly", "compare_products", ChatLanguage.FR);
        assertEquals(List.of("demo-3", "demo-5"), et.cards().stream().map(ProductCard::id).toList(), et.text());

        c = Conversation.start(FRIDAY.instant());
        ChatAnswer a = say("Comparer la robe en satin rouge Lumen à la robe classique en lin bleue Nordika", "compare_products", ChatLanguage.FR);
        assertEquals(List.of("demo-3", "demo-2"), a.cards().stream().map(ProductCard::id).toList(), a.text());
    }

    /**
     * Two full names of one brand that differ by their colour, read as a question about the first by the classifier
     * (given as product_info): both are compared, in the order the shopper typed them.
     */
    @Test
    void twoFullNamesOfOneBrandAreCompared() {
        ChatAnswer a = answers.answer(c, "Nordika Classic Linen Dress – Blue vs Nordika Classic Linen Dress – Red",
                new io.vitrine.chat.understanding.IntentPrediction("product_info", 0.7, ChatLanguage.EN, "product_info", false),
                java.util.Optional.empty());
        assertEquals(io.vitrine.chat.understanding.Intent.COMPARE, a.intent());
        assertEquals(List.of("demo-2", "demo-1"), a.cards().stream().map(ProductCard::id).toList(), a.text());

        c = Conversation.start(FRIDAY.instant());
        ChatAnswer fr = say("Robe classique en lin rouge Nordika ou robe en satin rouge Lumen ?", "compare_products", ChatLanguage.FR);
        assertEquals(List.of("demo-1", "demo-3"), fr.cards().stream().map(ProductCard::id).toList(), fr.text());
    }

    /**
     * A price set against a name the shop does not carry ("is zara cheaper than you?", read as a comparison by a
     * retrained classifier) is out of scope, with no card, whatever the typo-tolerant search finds for the name;
     * the same question about two products the shop sells is still compared.
     */
    @Test
    void aPriceSetAgainstAnotherShopIsOutOfScopeNotAComparison() {
        for (String otherShop : List.of("is zara cheaper than you?", "c'est moins cher chez darty ?")) {
            c = Conversation.start(FRIDAY.instant());
            ChatAnswer a = say(otherShop, "compare_products", otherShop.startsWith("c'est") ? ChatLanguage.FR : ChatLanguage.EN);
            assertEquals(io.vitrine.chat.understanding.Intent.OUT_OF_SCOPE, a.intent(), otherShop + " -> " + a.text());
            assertEquals(List.of(), a.cards(), otherShop);
        }
        c = Conversation.start(FRIDAY.instant());
        ChatAnswer both = say("is the Nordika linen dress cheaper than the Lumen satin dress?", "compare_products", ChatLanguage.EN);
        assertEquals(io.vitrine.chat.understanding.Intent.COMPARE, both.intent(), both.text());
        assertEquals(List.of("demo-1", "demo-3"), both.cards().stream().map(ProductCard::id).toList(), both.text());
    }
}
