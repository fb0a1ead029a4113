package io.vitrine.chat;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatWarmUpTest {

    private static Product product(String id, String en, String fr) {
        return Product.builder(new ProductId(id)).seller("s").name(LocalizedText.of(en, fr))
                .category("apparel", "dresses").price(Money.euros(4999)).stock(3).build();
    }

    @Test
    void samplesEveryKthItem() {
        // 10 items, 4 wanted: positions 0, 10/4 = 2.5, 5, 7.5, rounded down
        assertEquals(List.of(0, 2, 5, 7), ChatWarmUp.evenly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 4));
        assertEquals(List.of(0, 1), ChatWarmUp.evenly(List.of(0, 1), 4), "fewer than wanted: all");
    }

    @Test
    void asksAboutEachProductAndSetsItAgainstTheNext() {
        Product dress = product("p1", "Aurelin Linen Dress", "Robe en lin Aurelin");
        Product shoes = product("p2", "Corvane Running Shoes", "Chaussures de course Corvane");
        List<List<String>> conversations = ChatWarmUp.productConversations(List.of(dress, shoes));

        assertEquals(14, conversations.size(), "7 per product");
        assertEquals(List.of("tell me about the Aurelin Linen Dress", "how much is it?", "do you have it in blue?"), conversations.get(0));
        assertTrue(conversations.contains(List.of("Aurelin Linen Dress vs Corvane Running Shoes")));
        assertTrue(conversations.contains(List.of("combien coûte Chaussures de course Corvane ?", "il est bien noté ?")));
        assertEquals(6, ChatWarmUp.productConversations(List.of(dress)).size(), "one product is set against no other");
    }
}
