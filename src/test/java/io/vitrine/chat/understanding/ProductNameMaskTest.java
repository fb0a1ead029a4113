package io.vitrine.chat.understanding;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.chat.ChatLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductNameMaskTest {

    private static final Product DRESS = Product.builder(new ProductId("p1")).seller("s")
            .name(LocalizedText.of("Aurelin Classic Linen Dress – Blue", "Robe classique en lin Aurelin – Bleu"))
            .category("apparel", "dresses").price(Money.euros(4999)).stock(3).build();

    @Test
    void aProductNamedInFullIsTakenOut() {
        assertEquals(Optional.of("Qui vend ?"), ProductNameMask.masked("Qui vend Robe classique en lin Aurelin – Bleu ?", List.of(DRESS)));
        assertEquals(Optional.of("who sells the ?"), ProductNameMask.masked("who sells the Aurelin Classic Linen Dress – Blue ?", List.of(DRESS)));
    }

    @Test
    void aFewWordsOfANameAreNotAProduct() {
        // "linen dress" is two words of the name: a request for a kind of product, not the product itself
        assertEquals(Optional.empty(), ProductNameMask.masked("do you have a linen dress under 40 euros", List.of(DRESS)));
        assertEquals(Optional.empty(), ProductNameMask.masked("who sells this", List.of()));
    }

    @Test
    void nothingLeftMeansNoMaskedReading() {
        assertEquals(Optional.empty(), ProductNameMask.masked("Aurelin Classic Linen Dress", List.of(DRESS)));
    }

    @Test
    void aPlaceholderKeepsTheQuestionAboutAProduct() {
        assertEquals(Optional.of("Tell me about the product"),
                ProductNameMask.masked("Tell me about the Aurelin Classic Linen Dress – Blue", List.of(DRESS), "product"));
        assertEquals(Optional.of("Qui vend produit ?"), ProductNameMask.masked("Qui vend Robe classique en lin Aurelin – Bleu ?", List.of(DRESS), "produit"));
        assertEquals(Optional.empty(), ProductNameMask.masked("Aurelin Classic Linen Dress", List.of(DRESS), "product"), "only the placeholder left");
    }

    /**
     * The masked reading wins unless it finds no intent: "Tell me about the product" (product_info, 0.8) beats a
     * full message whose name words looked out of scope (0.9); a masked out-of-scope reading loses to a surer full one.
     */
    @Test
    void theMaskedReadingWinsUnlessItFindsNoIntent() {
        IntentPrediction fullOut = new IntentPrediction("out_of_scope", 0.9, ChatLanguage.EN, "out_of_scope", true);
        IntentPrediction info = new IntentPrediction("product_info", 0.8, ChatLanguage.EN, "product_info", false);
        String message = "Tell me about the Aurelin Classic Linen Dress – Blue";
        assertEquals(info, ProductNameMask.reading(message, List.of(DRESS), fullOut, m -> {
            assertEquals("Tell me about the product", m);
            return info;
        }));

        IntentPrediction fullPrice = new IntentPrediction("price", 0.7, ChatLanguage.EN, "price", false);
        IntentPrediction maskedOut = new IntentPrediction("out_of_scope", 0.4, ChatLanguage.EN, "price", true);
        assertEquals(fullPrice, ProductNameMask.reading(message, List.of(DRESS), fullPrice, m -> maskedOut));
        assertEquals(fullPrice, ProductNameMask.reading("how much is it", List.of(DRESS), fullPrice, m -> info), "no name, no second reading");
    }

    /** A runner-up that is no request. */
    private static final java.util.function.Function<String, IntentModel.Scored> NO_REQUEST =
            m -> new IntentModel.Scored("goodbye", 0.2);

    /**
     * A shelf in a message the classifier read as a policy: "product" in place of the shelf's words; a policy reading
     * that survives ("how do I wash a product") is kept, one that does not ("im after a product") gives way.
     */
    @Test
    void aShelfThatCarriedThePolicyReadingGivesWay() {
        ProductTypes shelves = ProductTypes.of(List.of(new ProductTypes.Shelf("bags/wallets", "wallets"),
                new ProductTypes.Shelf("fashion/sweaters", "sweaters")));
        IntentPrediction care = new IntentPrediction("product_care", 0.5, ChatLanguage.EN, "product_care", false);
        IntentPrediction wanted = new IntentPrediction("recommendation", 0.6, ChatLanguage.EN, "recommendation", false);
        String after = "im after a leather wallet";
        assertEquals(wanted, ProductNameMask.shelfReading(after, shelves.find(after), care, m -> {
            assertEquals("im after a leather product", m);
            return wanted;
        }, NO_REQUEST));
        // a policy reading that survives the mask is kept when the model is sure of it (0.96 for this one)
        String wash = "how do I wash a wool sweater";
        IntentPrediction sureCare = new IntentPrediction("product_care", 0.9, ChatLanguage.EN, "product_care", false);
        assertEquals(sureCare, ProductNameMask.shelfReading(wash, shelves.find(wash), sureCare, m -> care, NO_REQUEST));
        assertEquals(sureCare, ProductNameMask.shelfReading(wash, shelves.find(wash), sureCare, m -> sureCare, NO_REQUEST));
        assertEquals(care, ProductNameMask.shelfReading("how do I wash silk", shelves.find("how do I wash silk"), care,
                m -> wanted, NO_REQUEST), "no shelf, no second reading");
        // the masked reading is another policy ("a leather product" read as leave_review): a request for the shelf
        IntentPrediction review = new IntentPrediction("leave_review", 0.4, ChatLanguage.EN, "leave_review", false);
        assertEquals(new IntentPrediction("recommendation", 0.5, ChatLanguage.EN, "product_care", false),
                ProductNameMask.shelfReading(after, shelves.find(after), care, m -> review, NO_REQUEST));
    }

    /** An out-of-scope reading gives way only to a request for products ("a product for home workouts"). */
    @Test
    void anOutOfScopeReadingGivesWayOnlyToARequest() {
        ProductTypes shelves = ProductTypes.of(List.of(new ProductTypes.Shelf("sport/dumbbells", "dumbbells")));
        String message = "dumbbells for home workouts";
        IntentPrediction out = new IntentPrediction("out_of_scope", 0.3, ChatLanguage.EN, "out_of_scope", true);
        IntentPrediction wanted = new IntentPrediction("recommendation", 0.6, ChatLanguage.EN, "recommendation", false);
        IntentPrediction price = new IntentPrediction("price", 0.6, ChatLanguage.EN, "price", false);
        assertEquals(wanted, ProductNameMask.shelfReading(message, shelves.find(message), out, m -> wanted, NO_REQUEST));
        // out of scope and sure of it: the masked reading of another question does not move it
        IntentPrediction sureOut = new IntentPrediction("out_of_scope", 0.9, ChatLanguage.EN, "out_of_scope", true);
        assertEquals(sureOut, ProductNameMask.shelfReading(message, shelves.find(message), sureOut, m -> price, NO_REQUEST));
        // below the threshold, but its best intent was a request: the shelf settles it without a second reading
        IntentPrediction unsure = new IntentPrediction("out_of_scope", 0.25, ChatLanguage.EN, "recommendation", true);
        assertEquals(new IntentPrediction("recommendation", 0.25, ChatLanguage.EN, "recommendation", false),
                ProductNameMask.shelfReading(message, shelves.find(message), unsure, m -> price, NO_REQUEST));
        // out of scope won with 0.3 and the runner-up is a request: the shelf tips it; with 0.9 it stays out of scope
        java.util.function.Function<String, IntentModel.Scored> request = m -> new IntentModel.Scored("recommendation", 0.28);
        assertEquals(new IntentPrediction("recommendation", 0.3, ChatLanguage.EN, "out_of_scope", false),
                ProductNameMask.shelfReading(message, shelves.find(message), out, m -> price, request));
        IntentPrediction sure = new IntentPrediction("out_of_scope", 0.9, ChatLanguage.EN, "out_of_scope", true);
        assertEquals(sure, ProductNameMask.shelfReading(message, shelves.find(message), sure, m -> price, request));
    }

    /**
     * A reading below {@link ProductNameMask#SURE}, with and without the shelf's words, does not outweigh the shelf:
     * "a bracelet as a present" (gift wrapping 0.35, masked 0.60), "dumbbells for home workouts" (out of scope 0.64,
     * masked a price question 0.10) ask for the shelf; "do your sneakers run small?" (size guide 0.77) does not.
     */
    @Test
    void anUnsureReadingGivesWayToTheShelf() {
        ProductTypes shelves = ProductTypes.of(List.of(new ProductTypes.Shelf("jewellery/bracelets", "bracelets"),
                new ProductTypes.Shelf("sport/dumbbells", "dumbbells"), new ProductTypes.Shelf("shoes/sneakers", "sneakers")));
        String present = "a bracelet as a present";
        IntentPrediction wrap = new IntentPrediction("gift_wrapping", 0.35, ChatLanguage.EN, "gift_wrapping", false);
        IntentPrediction maskedWrap = new IntentPrediction("gift_wrapping", 0.6, ChatLanguage.EN, "gift_wrapping", false);
        assertEquals(new IntentPrediction("recommendation", 0.35, ChatLanguage.EN, "gift_wrapping", false),
                ProductNameMask.shelfReading(present, shelves.find(present), wrap, m -> maskedWrap, NO_REQUEST));
        // sure once the shelf is masked ("as a product": gift wrapping 0.8): the policy stands
        IntentPrediction sureWrap = new IntentPrediction("gift_wrapping", 0.8, ChatLanguage.EN, "gift_wrapping", false);
        assertEquals(wrap, ProductNameMask.shelfReading(present, shelves.find(present), wrap, m -> sureWrap, NO_REQUEST));

        String workouts = "dumbbells for home workouts";
        IntentPrediction out = new IntentPrediction("out_of_scope", 0.64, ChatLanguage.EN, "out_of_scope", true);
        IntentPrediction price = new IntentPrediction("price", 0.1, ChatLanguage.EN, "price", false);
        assertEquals(new IntentPrediction("recommendation", 0.64, ChatLanguage.EN, "out_of_scope", false),
                ProductNameMask.shelfReading(workouts, shelves.find(workouts), out, m -> price, NO_REQUEST));

        String small = "do your sneakers run small?";
        IntentPrediction guide = new IntentPrediction("size_guide", 0.77, ChatLanguage.EN, "size_guide", false);
        assertEquals(guide, ProductNameMask.shelfReading(small, shelves.find(small), guide, m -> guide, NO_REQUEST));
    }
}
