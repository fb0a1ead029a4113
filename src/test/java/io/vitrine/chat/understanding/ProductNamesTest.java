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
import static org.junit.jupiter.api.Assertions.assertSame;
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

    @Test
    void writesChangeOnlyTheirOwnProducts() {
        Product boots = product("p2", "Corvane Trail Boots – Black", "Bottes de randonnee Corvane – Noir");
        Product kettle = product("p3", "Brassware Copper Kettle", "Bouilloire en cuivre Brassware");
        ProductNames after = NAMES.with(List.of(boots, kettle), List.of(new ProductId("p1")));

        assertTrue(after.mayNameInFull("Corvane trail boots"), "renamed: the new name");
        assertFalse(after.mayNameInFull("Corvane running shoes"), "renamed: the old name is gone");
        assertTrue(after.mayNameInFull("a brassware copper kettle please"), "created");
        assertFalse(after.mayHoldAll("aurelin linen robe"), "deleted");
        assertTrue(after.mayHoldAll("corvane noir"), "the words a rename kept");
        assertTrue(after.holds(boots) && after.holds(kettle) && !after.holds(DRESS) && !after.holds(SHOES));
        // the index it came from is left as it was
        assertTrue(NAMES.mayNameInFull("Corvane running shoes") && NAMES.mayHoldAll("aurelin linen robe"));
    }

    @Test
    void aWriteThatKeepsTheNameKeepsTheIndex() {
        Product restocked = product("p1", "Aurelin Classic Linen Dress – Blue", "Robe classique en lin Aurelin – Bleu");
        assertSame(NAMES, NAMES.with(List.of(restocked), List.of(new ProductId("p9"))), "same name; an id never indexed");
    }

    @Test
    void changedNamesAnswerAsABuildOfTheCatalogueAfterTheWrites() {
        Product dress2 = product("p4", "Aurelin Linen Shirt – White", "Chemise en lin Aurelin – Blanc");
        Product renamed = product("p1", "Aurelin Wrap Dress – Blue", "Robe portefeuille Aurelin – Bleu");
        ProductNames applied = NAMES.with(List.of(dress2), List.of()).with(List.of(renamed), List.of(new ProductId("p2")))
                .with(List.of(SHOES), List.of());
        ProductNames built = ProductNames.of(List.of(renamed, SHOES, dress2));
        for (String m : List.of("Aurelin linen shirt", "the aurelin classic linen dress", "robe portefeuille aurelin",
                "Corvane running shoes", "linen dress running", "Dress – Blue", "chemise en lin", "aurelin wrap dress blue")) {
            assertEquals(built.mayNameInFull(m), applied.mayNameInFull(m), m);
        }
        for (String w : List.of("aurelin lin", "aurelin classic", "corvane", "linen shirt", "wrap blue", "running linen")) {
            assertEquals(built.mayHoldAll(w), applied.mayHoldAll(w), w);
        }
    }
}
