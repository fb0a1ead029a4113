package io.vitrine.chat.understanding;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductNamesTest {

    private static Product product(String id, String en, String fr) {
        return Product.builder(new ProductId(id)).seller("s").name(LocalizedText.of(en, fr))
                .category("apparel", "dresses").price(Money.euros(4999)).stock(3).build();
    }

    private static final Product DRESS = product("p1", "Aurelin Classic Linen Dress – Blue", "Robe classique en lin Aurelin – Bleu");
    private static final Product SHOES = product("p2", "Corvane Running Shoes – Black", "Chaussures de course Corvane – Noir");
    private static final ProductNames NAMES = ProductNames.of(List.of(DRESS, SHOES));

    @Test
    void threeWordsInARowOfOneNameMayNameIt() {
        assertTrue(NAMES.mayNameInFull("who sells the Aurelin Classic Linen Dress – Blue ?"));
        assertTrue(NAMES.mayNameInFull("c'est quoi la robe classique en lin ?"), "robe classique en: 3 words of the dress");
        assertTrue(NAMES.mayNameInFull("Corvane running shoes"));
    }

    @Test
    void wordsOfTwoNamesOrTooFewInARowDoNot() {
        assertFalse(NAMES.mayNameInFull("I want running shoes"), "two words in a row");
        assertFalse(NAMES.mayNameInFull("how much is delivery to Germany?"));
        // "linen" and "dress" are the dress's, "running" the shoes': no one name holds the three
        assertFalse(NAMES.mayNameInFull("linen dress running"));
    }

    @Test
    void punctuationBetweenWordsCountsAsPartOfTheName() {
        // "Dress – Blue": 3 whitespace tokens of the name, though only 2 words
        assertTrue(NAMES.mayNameInFull("Dress – Blue"));
        assertEquals(Optional.of("please"), ProductNameMask.masked("please Dress – Blue", List.of(DRESS)));
        assertFalse(NAMES.mayNameInFull("Dress ? Blue"), "a question mark ends a name");
    }

    @Test
    void whatTheMaskFindsTheIndexAllows() {
        for (String m : List.of("Qui vend Robe classique en lin Aurelin – Bleu ?", "Tell me about the Aurelin Classic Linen Dress – Blue",
                "do you have a linen dress under 40 euros", "price of corvane running shoes black")) {
            boolean masked = ProductNameMask.masked(m, List.of(DRESS)).isPresent() || ProductNameMask.masked(m, List.of(SHOES)).isPresent()
                    || ProductNameMask.namedInFull(m, List.of(DRESS)).isPresent() || ProductNameMask.namedInFull(m, List.of(SHOES)).isPresent();
            assertTrue(!masked || NAMES.mayNameInFull(m), m);
        }
    }

    @Test
    void everyWordMustBeInOneName() {
        assertTrue(NAMES.mayHoldAll("aurelin linen robe"), "English and French words of one product");
        assertFalse(NAMES.mayHoldAll("germany"));
        assertFalse(NAMES.mayHoldAll("linen running"), "words of two products");
        assertFalse(NAMES.mayHoldAll("t-shirt"), "a name's words are letters and digits only");
        assertTrue(NAMES.mayHoldAll("iphone13"), "digit runs read differently: maybe");
    }

    @Test
    void unknownNamesAnswerMaybe() {
        assertTrue(ProductNames.unknown().mayNameInFull("how much is delivery to Germany?"));
        assertTrue(ProductNames.unknown().mayHoldAll("germany"));
    }

    @Test
    void aRenamedProductIsNotHeld() {
        assertTrue(NAMES.holds(DRESS));
        assertFalse(NAMES.holds(product("p1", "Aurelin Linen Dress – Blue", "Robe en lin Aurelin – Bleu")));
        assertFalse(NAMES.holds(product("p3", "Aurelin Classic Linen Dress – Blue", "Robe classique en lin Aurelin – Bleu")), "new");
    }
}
