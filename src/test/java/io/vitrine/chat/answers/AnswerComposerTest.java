package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.ProductCard;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.handover.SellerMessage;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.chat.understanding.IntentPrediction;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.Seller;
import io.vitrine.order.Order;
import io.vitrine.order.OrderLine;
import io.vitrine.order.OrderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replies composed from a four-product shop whose facts were checked by hand: prices, stock, ratings, sellers,
 * delivery dates from a fixed Friday, orders of two shoppers. The intent is given, so these tests check the
 * composition and the conversation's context, not the classifier.
 */
class AnswerComposerTest {

    private static final String ME = "shopper0001@demo.vitrine.io";
    /** Friday 27 November 2026, 10:00 UTC. */
    private static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    private InMemoryChatShop shop;
    private AnswerComposer composer;
    private Conversation c;

    private static Product product(String id, String en, String fr, String sub, long cents, int stock, String colour,
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
        composer = new AnswerComposer(shop, DeliveryPolicy.standard(), FRIDAY);
        c = Conversation.start(FRIDAY.instant());
    }

    private static Order shipped(Order o) {
        o.moveTo(OrderStatus.PAID, Instant.EPOCH);
        o.moveTo(OrderStatus.SHIPPED, Instant.EPOCH);
        return o;
    }

    private ChatAnswer say(String message, String intent, ChatLanguage lang) {
        return say(message, intent, lang, Optional.empty());
    }

    private ChatAnswer say(String message, String intent, ChatLanguage lang, Optional<String> account) {
        boolean oos = intent.equals(IntentCorpus.OUT_OF_SCOPE);
        return composer.answer(c, message, new IntentPrediction(intent, oos ? 0.2 : 0.9, lang, intent, oos), account);
    }

    @Test
    void priceOfTheProductNamedWithItsCard() {
        ChatAnswer a = say("How much is the Nordika linen dress?", "price", ChatLanguage.EN);
        assertTrue(a.text().startsWith("Nordika Classic Linen Dress – Red costs €49.99."), a.text());
        assertTrue(a.text().contains("Nordika Classic Linen Dress – Blue €52.99"), "the other match is named: " + a.text());
        ProductCard card = a.cards().get(0);
        assertEquals("demo-1", card.id());
        assertEquals(4999, card.priceCents());
        assertEquals("€49.99", card.price());
        assertEquals(Optional.of("/api/v1/images/img-demo-1"), card.imageUrl());
        assertEquals("/catalog/product.xhtml?src=chat&id=demo-1", card.link());
    }

    @Test
    void frenchPriceInFrenchWithTypos() {
        ChatAnswer a = say("combien coute la robe nordika en lin ?", "price", ChatLanguage.FR);
        assertTrue(a.text().startsWith("Robe classique en lin rouge Nordika coûte 49,99 €."), a.text());
        assertEquals("Robe classique en lin rouge Nordika", a.cards().get(0).name());
    }

    @Test
    void followUpsUseTheProductInFocusAndTheListShown() {
        say("How much is the Nordika linen dress?", "price", ChatLanguage.EN);
        ChatAnswer stock = say("is it in stock?", "availability", ChatLanguage.EN);
        assertEquals("Yes, Nordika Classic Linen Dress – Red is in stock: 12 available.", stock.text());

        // "the second one" of the list shown: the blue one, 3 left, not rated
        ChatAnswer second = say("and the second one?", IntentCorpus.OUT_OF_SCOPE, ChatLanguage.EN);
        assertEquals(AnswerComposer.PRODUCT_INFO, second.intent());
        assertEquals("Nordika Classic Linen Dress – Blue costs €52.99. Only 3 left in stock. Not rated yet. Sold by Atelier Nord.",
                second.text());
        ChatAnswer price = say("how much is it?", "price", ChatLanguage.EN);
        assertTrue(price.text().startsWith("Nordika Classic Linen Dress – Blue costs €52.99."), price.text());
    }

    @Test
    void productInfoGivesRatingStockAndSeller() {
        ChatAnswer a = say("tell me about the Orbit headphones", "product_info", ChatLanguage.EN);
        // 2 ratings totalling 7: 3.5
        assertEquals("Orbit Wireless Headphones – Black costs €129.00. In stock (40 available). Rated 3.5/5 by 2 shoppers. "
                + "Sold by Casa Sud.", a.text());
        ChatAnswer fr = say("parle-moi du casque Orbit", "product_info", ChatLanguage.FR);
        assertEquals("Casque sans fil noir Orbit coûte 129,00 €. En stock (40 disponibles). Noté 3,5/5 par 2 clients. "
                + "Vendu par Casa Sud.", fr.text());
    }

    @Test
    void recommendationsRespectColourAndPriceAndFollowUpsRefineThem() {
        ChatAnswer red = say("a red dress under 60 euros", "recommendation", ChatLanguage.EN);
        // demo-3 is red and cheaper but out of stock; demo-2 is blue
        assertEquals(List.of("demo-1"), red.cards().stream().map(ProductCard::id).toList());
        assertTrue(red.text().startsWith("Here are 1 suggestions in red under €60.00:"), red.text());

        ChatAnswer blue = say("and in blue?", "sizes_colours", ChatLanguage.EN);
        assertEquals(AnswerComposer.RECOMMENDATION, blue.intent());
        assertEquals(List.of("demo-2"), blue.cards().stream().map(ProductCard::id).toList());

        ChatAnswer cheaper = say("under 50 euros?", IntentCorpus.OUT_OF_SCOPE, ChatLanguage.EN);
        assertTrue(cheaper.cards().isEmpty(), "no blue dress under 50: " + cheaper.text());
        assertEquals("I found nothing in blue under €50.00. Try a higher budget or another colour?", cheaper.text());
    }

    @Test
    void sizesAndColoursListTheOtherColoursOfTheModel() {
        ChatAnswer a = say("what colours does the Nordika linen dress come in?", "sizes_colours", ChatLanguage.EN);
        assertEquals("Nordika Classic Linen Dress – Red comes in red, size M. Other colours of the same kind: blue.", a.text());
        // the product's own colour in its name is not a request for another colour
        assertEquals("Nordika Classic Linen Dress – Red comes in red, size M. Other colours of the same kind: blue.",
                say("what colours does the Nordika Classic Linen Dress – Red come in?", "sizes_colours", ChatLanguage.EN).text());
        ChatAnswer blue = say("do you have the Nordika dress in blue?", "sizes_colours", ChatLanguage.EN);
        assertEquals("demo-2", blue.cards().get(0).id());
        // asked about the red one: the blue one is offered
        say("tell me about the Nordika Classic Linen Dress – Red", "product_info", ChatLanguage.EN);
        ChatAnswer inBlue = say("do you have it in blue?", "sizes_colours", ChatLanguage.EN);
        assertEquals(List.of("demo-2"), inBlue.cards().stream().map(ProductCard::id).toList(), inBlue.text());
    }

    @Test
    void deliveryEstimateInBusinessDaysFromTheSellersCountry() {
        // Friday + 1 dispatch day + 2..3 days in France: Wednesday 2 to Thursday 3 December
        ChatAnswer home = say("when would the Nordika linen dress arrive?", "shipping_cost_delay", ChatLanguage.EN);
        assertTrue(home.text().contains("Atelier Nord") && home.text().contains("between Wednesday 2 December and Thursday 3 December"),
                home.text());
        // from Italy: 1 + 3..6 business days: Thursday 3 to Tuesday 8 December
        ChatAnswer abroad = say("livraison du casque Orbit ?", "shipping_cost_delay", ChatLanguage.FR);
        assertTrue(abroad.text().contains("entre le jeudi 3 décembre et le mardi 8 décembre"), abroad.text());
        ChatAnswer out = say("when would the Lumen satin dress arrive?", "shipping_cost_delay", ChatLanguage.EN);
        assertEquals("Lumen Satin Dress – Red is out of stock, so I cannot give a delivery date yet.", out.text());
        // no product named: the shipping policy
        ChatAnswer policy = say("how much is delivery?", "shipping_cost_delay", ChatLanguage.EN);
        assertTrue(policy.text().contains("free from 50 EUR"), policy.text());
    }

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

    @Test
    void ordersOnlyForTheLoggedInShopperAndTheirOwn() {
        assertEquals("For your orders I need to know who you are: please log in first, then ask me again.",
                say("where is my order VT-00000001?", "order_status", ChatLanguage.EN).text());
        Optional<String> me = Optional.of(ME);
        assertEquals("Order VT-00000001, placed on Friday 20 November for €49.99: placed. It contains "
                        + "1 × Nordika Classic Linen Dress – Red.",
                say("where is my order VT-00000001?", "order_status", ChatLanguage.EN, me).text());
        assertEquals("I cannot find order VT-00000003 on your account. Order numbers look like VT-12345678.",
                say("where is my order VT-00000003?", "order_status", ChatLanguage.EN, me).text(), "someone else's");
        assertEquals("Vos dernières commandes : VT-00000001 (enregistrée) et VT-00000002 (expédiée). "
                        + "Donnez-moi le numéro de celle qui vous intéresse.",
                say("où en est ma commande ?", "order_status", ChatLanguage.FR, me).text());
    }

    @Test
    void cancellingAsksForConfirmationAndRefusesShippedOrders() {
        Optional<String> me = Optional.of(ME);
        assertEquals("Order VT-00000002 is shipped and can no longer be cancelled; you can return it after delivery instead.",
                say("cancel VT-00000002", "cancel_order", ChatLanguage.EN, me).text());
        assertEquals("Shall I cancel order VT-00000001 (€49.99, placed)? Reply yes or no.",
                say("please cancel order VT-00000001", "cancel_order", ChatLanguage.EN, me).text());
        assertEquals(OrderStatus.PLACED, shop.orders.get("VT-00000001").status(), "nothing before the yes");
        assertEquals("Order VT-00000001 is cancelled. The payment of €49.99 will be refunded within 5 business days.",
                say("yes", IntentCorpus.OUT_OF_SCOPE, ChatLanguage.EN, me).text());
        assertEquals(OrderStatus.CANCELLED, shop.orders.get("VT-00000001").status());
    }

    @Test
    void policiesComeFromTheFaqEntries() {
        ChatAnswer en = say("can I send an item back?", "returns", ChatLanguage.EN);
        assertTrue(en.text().startsWith("You can return any item within 30 days of delivery"), en.text());
        ChatAnswer fr = say("vous acceptez paypal ?", "payment_methods", ChatLanguage.FR);
        assertTrue(fr.text().contains("PayPal") && fr.text().startsWith("Nous acceptons"), fr.text());
    }

    @Test
    void whenItDoesNotKnowItOffersAMessageAndStoresIt() {
        ChatAnswer unsure = say("do you ship to Canada by boat?", IntentCorpus.OUT_OF_SCOPE, ChatLanguage.EN);
        assertEquals(ReplyTexts.text(ChatLanguage.EN, "dont_know"), unsure.text());
        assertEquals(Conversation.Pending.OFFER_MESSAGE, c.pending());
        assertEquals("Please type your message; I will pass it on as it is.", say("yes", "greeting", ChatLanguage.EN).text());
        ChatAnswer left = say("Please tell me if you ship to Canada", "shipping_cost_delay", ChatLanguage.EN);
        SellerMessage m = left.sellerMessage().orElseThrow();
        assertEquals(SellerMessage.SHOP, m.sellerId());
        assertEquals("do you ship to Canada by boat?", m.question());
        assertEquals("Please tell me if you ship to Canada", m.text());
        assertEquals(c.id(), m.conversationId());
        assertEquals(Conversation.Pending.NONE, c.pending());
    }

    @Test
    void aMessageAboutAProductGoesToItsSeller() {
        say("tell me about the Orbit headphones", "product_info", ChatLanguage.EN);
        say("can I talk to someone?", "human_agent", ChatLanguage.EN);
        assertEquals(Conversation.Pending.OFFER_MESSAGE, c.pending(), "a human was asked for: a message is offered");
        say("oui", "greeting", ChatLanguage.FR);
        ChatAnswer left = say("Is the battery replaceable?", IntentCorpus.OUT_OF_SCOPE, ChatLanguage.EN);
        assertEquals("casa-sud", left.sellerMessage().orElseThrow().sellerId());
        assertEquals(Optional.of("demo-4"), left.sellerMessage().orElseThrow().productId());
        assertTrue(left.text().contains("Casa Sud"), left.text());
    }

    @Test
    void smallTalkAndUnknownProducts() {
        assertTrue(say("hello", "greeting", ChatLanguage.EN).text().startsWith("Hello!"));
        assertTrue(say("merci", "thanks", ChatLanguage.FR).text().startsWith("Avec plaisir"));
        assertEquals("I could not find a product matching \"zanzibar teapot\" in the shop.",
                say("how much is the zanzibar teapot?", "price", ChatLanguage.EN).text());
        assertEquals("Which product do you mean? Tell me its name or a few words about it.",
                say("how much is it?", "price", ChatLanguage.EN).text());
        assertFalse(c.focusProductId().isPresent());
    }
}
