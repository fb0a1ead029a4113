package io.vitrine.chat.understanding;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.chat.ChatLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which products a message spells out, on four backpacks of one brand whose names share most words. */
class NamedProductsTest {

    private static Product backpack(String id, String en, String fr) {
        return Product.builder(new ProductId(id)).seller("s").name(LocalizedText.of(en, fr)).category("bags", "backpacks")
                .price(Money.euros(5000)).stock(3).build();
    }

    private static final Product CANVAS_RED = backpack("b1", "Arlen & Vey City Canvas Backpack – Red",
            "Sac à dos citadin en toile rouge Arlen & Vey");
    private static final Product CANVAS_PINK = backpack("b2", "Arlen & Vey City Canvas Backpack – Pink",
            "Sac à dos citadin en toile rose Arlen & Vey");
    private static final Product NYLON_PINK = backpack("b3", "Arlen & Vey City Recycled Nylon Backpack – Pink",
            "Sac à dos citadin en nylon recyclé rose Arlen & Vey");
    private static final Product TRAIL = backpack("b4", "Fernhold Trail Backpack – Green", "Sac à dos de randonnée vert Fernhold");
    /** Search order: the pink canvas one first, as a search for all the words could rank it. */
    private static final List<Product> HITS = List.of(CANVAS_PINK, NYLON_PINK, CANVAS_RED, TRAIL);

    private static List<String> ids(List<Product> products) {
        return products.stream().map(p -> p.id().value()).toList();
    }

    @Test
    void twoNamesOfOneBrandAreReadWhereTheyStand() {
        List<Product> two = NamedProducts.in("which is cheaper, Arlen & Vey City Canvas Backpack – Red or Arlen & Vey City "
                + "Recycled Nylon Backpack – Pink", HITS, ChatLanguage.EN, 2);
        // the red canvas run holds all 6 of its words (the pink one 5 of 6), the nylon run all 7 of its own
        assertEquals(List.of("b1", "b3"), ids(two));
    }

    @Test
    void frenchNamesWithTheirSmallWords() {
        List<Product> two = NamedProducts.in("lequel est le moins cher entre Sac à dos citadin en nylon recyclé rose Arlen & Vey "
                + "et Sac à dos citadin en toile rouge Arlen & Vey", HITS, ChatLanguage.FR, 2);
        assertEquals(List.of("b3", "b1"), ids(two));
    }

    @Test
    void aNameWithoutItsColourTakesTheFirstHitThatFits() {
        // "arlen vey city canvas backpack": 5 of 6 words of either canvas bag; the search's first wins the tie
        List<Product> two = NamedProducts.in("arlen & vey city canvas backpack or fernhold trail backpack?", HITS, ChatLanguage.EN, 2);
        assertEquals(List.of("b2", "b4"), ids(two));
    }

    @Test
    void aShelfOrABrandAloneNamesNothing() {
        // "backpack" is 1 word; "fernhold backpack" 2 of 4 words (0.5 < 0.6)
        assertEquals(List.of(), NamedProducts.in("do you have a fernhold backpack", HITS, ChatLanguage.EN, 2));
    }
}
