package io.vitrine.chat.understanding;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shelves read from a message (#17): shoppers' words, plurals, typos, the longest phrase, "montre-moi". */
class ProductTypesTest {

    private final ProductTypes types = ProductTypes.of(List.of(
            new ProductTypes.Shelf("footwear/sneakers", "Sneakers"), new ProductTypes.Shelf("footwear/sneakers", "Baskets"),
            new ProductTypes.Shelf("electronics/smartphones", "Smartphones"),
            new ProductTypes.Shelf("electronics/phone-cases", "Phone cases"),
            new ProductTypes.Shelf("electronics/phone-cases", "Coques de téléphone"),
            new ProductTypes.Shelf("bags-accessories/handbags", "Sacs à main"),
            new ProductTypes.Shelf("bags-accessories/backpacks", "Sacs à dos"),
            new ProductTypes.Shelf("bags-accessories/sunglasses", "Sunglasses"),
            new ProductTypes.Shelf("watches-jewellery/watches", "Montres"),
            new ProductTypes.Shelf("home/mugs", "Mugs & cups"), new ProductTypes.Shelf("home/vases", "Vases")));

    private Optional<String> shelf(String message) {
        return types.find(message).map(ProductTypes.Mention::path);
    }

    @Test
    void shoppersWordsLeadToTheShopsShelves() {
        assertEquals(Optional.of("footwear/sneakers"), shelf("I want running shoes"));
        assertEquals(Optional.of("electronics/smartphones"), shelf("looking for a new phone"));
        assertEquals(Optional.of("electronics/smartphones"), shelf("je veux un nouveau telephone"));
        assertEquals(Optional.of("home/mugs"), shelf("i need a mug for my coffee"));
        assertEquals(Optional.of("footwear/sneakers"), shelf("je cherche des chaussures de course"));
    }

    @Test
    void theLongestPhraseWinsAndTheEarliestMention() {
        assertEquals(Optional.of("electronics/phone-cases"), shelf("a phone case for my iphone pls"));
        assertEquals(Optional.of("electronics/phone-cases"), shelf("une coque pour mon téléphone"));
        assertEquals(Optional.of("bags-accessories/backpacks"), shelf("vous avez des sacs a dos ?"));
        assertEquals(Optional.of("bags-accessories/handbags"), shelf("un sac à main en cuir"));
    }

    @Test
    void montreMoiIsNotAWatchButMontresAre() {
        assertEquals(Optional.of("bags-accessories/backpacks"), shelf("montre-moi des sacs a dos"));
        assertEquals(Optional.of("bags-accessories/backpacks"), shelf("Montrez moi des sacs à dos"));
        assertEquals(Optional.of("watches-jewellery/watches"), shelf("des montres pour homme"));
        assertEquals(Optional.of("watches-jewellery/watches"), shelf("montre-moi des montres"));
    }

    @Test
    void oneTypoInALongWordIsTolerated() {
        assertEquals(Optional.of("bags-accessories/sunglasses"), shelf("got any sunglases?"));
        assertTrue(ProductTypes.oneEdit("dumbell", "dumbbell"));
        assertTrue(ProductTypes.oneEdit("sunlgasse", "sunglasse"));
        assertFalse(ProductTypes.oneEdit("match", "watches"));
        // short words are never stretched: "match" is no watch
        assertEquals(Optional.empty(), shelf("who won the match"));
    }

    @Test
    void singularOfEnglishAndFrenchPlurals() {
        assertEquals("dress", ProductTypes.singular("dresses"));
        assertEquals("robe", ProductTypes.singular("robes"));
        assertEquals("bijou", ProductTypes.singular("bijoux"));
    }

    /** The French spelling "tee-shirt" (chat-dev2, ChatApiIT) is the T-shirt shelf, as "t-shirt" and "tee shirt" are. */
    @org.junit.jupiter.api.Test
    void teeShirtIsTheTShirtShelf() {
        ProductTypes types = ProductTypes.of(List.of(new ProductTypes.Shelf("apparel/t-shirts", "T-shirts")));
        org.junit.jupiter.api.Assertions.assertEquals("apparel/t-shirts",
                types.find("tee-shirt blanc taille XXL").map(ProductTypes.Mention::path).orElse("none"));
        org.junit.jupiter.api.Assertions.assertEquals("apparel/t-shirts",
                types.find("des tee-shirts").map(ProductTypes.Mention::path).orElse("none"));
    }
}
