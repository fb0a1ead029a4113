package io.vitrine.chat.answers;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.Seller;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.chat.understanding.IntentPrediction;
import io.vitrine.order.Order;
import io.vitrine.order.OrderLine;
import io.vitrine.order.OrderStatus;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;


/**
 * The shop of the answerers' tests. Replies composed from a four-product shop whose facts were checked by hand: prices, stock, ratings, sellers,
 * delivery dates from a fixed Friday, orders of two shoppers. The intent is given, so these tests check the
 * composition and the conversation's context, not the classifier. Each message goes through {@link Answers}, as
 * in the service, so follow-ups see the context earlier answers left.
 */
abstract class AnswersFixture {

    static final String ME = "shopper0001@demo.vitrine.io";
    /** Friday 27 November 2026, 10:00 UTC. */
    static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    InMemoryChatShop shop;
    Answers answers;
    Conversation c;

    static Product product(String id, String en, String fr, String sub, long cents, int stock, String colour,
                                   String size, String seller, int ratings, long ratingTotal) {
        Product.Builder b = Product.builder(new ProductId(id)).seller(seller).name(LocalizedText.of(en, fr))
                .category(sub.equals("headphones") ? "electronics" : "fashion", sub).price(Money.euros(cents)).stock(stock)
                .attribute("colour", colour).attribute("size", size).image("img-" + id);
        if (ratings > 0) {
            b.ratings(ratings, ratingTotal);
        }
        return b.build();
    }

    @BeforeEach
    void shop() {
        shop = new InMemoryChatShop()
                .add(new Seller("atelier-nord", "Atelier Nord", "nord@example.com", "FR", Instant.EPOCH))
                .add(new Seller("casa-sud", "Casa Sud", "sud@example.com", "IT", Instant.EPOCH))
                // 4 ratings totalling 18: 4.5
                .add(product("demo-1", "Nordika Classic Linen Dress – Red", "Robe classique en lin rouge Nordika", "dresses",
                        4999, 12, "red", "M", "atelier-nord", 4, 18))
                .add(product("demo-2", "Nordika Classic Linen Dress – Blue", "Robe classique en lin bleue Nordika", "dresses",
                        5299, 3, "blue", "S", "atelier-nord", 0, 0))
                .add(product("demo-3", "Lumen Satin Dress – Red", "Robe en satin rouge Lumen", "dresses",
                        3499, 0, "red", "M", "casa-sud", 0, 0))
                .add(product("demo-4", "Orbit Wireless Headphones – Black", "Casque sans fil noir Orbit", "headphones",
                        12900, 40, "black", "", "casa-sud", 2, 7));
        shop.add(new Order("VT-00000001", ME, List.of(new OrderLine("demo-1", "atelier-nord", "Nordika Classic Linen Dress – Red",
                        Money.euros(4999), 1)), Instant.parse("2026-11-20T09:00:00Z")))
                .add(shipped(new Order("VT-00000002", ME, List.of(new OrderLine("demo-4", "casa-sud", "Orbit Wireless Headphones – Black",
                        Money.euros(12900), 2)), Instant.parse("2026-11-10T09:00:00Z"))))
                .add(new Order("VT-00000003", "someone@else.io", List.of(new OrderLine("demo-1", "atelier-nord", "x",
                        Money.euros(4999), 1)), Instant.parse("2026-11-21T09:00:00Z")));
        answers = new Answers(shop, DeliveryPolicy.standard(), FRIDAY);
        c = Conversation.start(FRIDAY.instant());
    }

    private static Order shipped(Order o) {
        return o.moveTo(OrderStatus.PAID, Instant.EPOCH).moveTo(OrderStatus.SHIPPED, Instant.EPOCH);
    }

    ChatAnswer say(String message, String intent, ChatLanguage lang) {
        return say(message, intent, lang, Optional.empty());
    }

    ChatAnswer say(String message, String intent, ChatLanguage lang, Optional<String> account) {
        boolean oos = intent.equals(IntentCorpus.OUT_OF_SCOPE);
        return answers.answer(c, message, new IntentPrediction(intent, oos ? 0.2 : 0.9, lang, intent, oos), account);
    }
}
