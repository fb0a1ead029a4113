package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.ProductCard;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.IntentCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions about one product: price, stock, colours and sizes, delivery and facts, with the follow-ups that lean on the product in focus and the list shown. Same shop and conversation as
 * {@link AnswersFixture}.
 */
class ProductAnswersTest extends AnswersFixture {

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
        assertEquals(Intent.PRODUCT_INFO, second.intent());
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

    /**
     * "What's the rating of X" reads as the review policy to the classifier (given as leave_review here): a product
     * named, picked or pointed back to is answered from its ratings. Nordika red: 4 ratings totalling 18, 4.5;
     * Orbit: 2 totalling 7, 3.5; Lumen: none.
     */
    @Test
    void ratingQuestionsAreAnsweredFromTheProductsRatings() {
        ChatAnswer named = say("whats the rating of the Nordika Classic Linen Dress – Red", "leave_review", ChatLanguage.EN);
        assertEquals(Intent.PRODUCT_INFO, named.intent());
        assertEquals("Nordika Classic Linen Dress – Red is rated 4.5/5 by 4 shoppers.", named.text());

        say("tell me about the Orbit headphones", "product_info", ChatLanguage.EN);
        ChatAnswer back = say("how many stars does it have?", "leave_review", ChatLanguage.EN);
        assertEquals("Orbit Wireless Headphones – Black is rated 3.5/5 by 2 shoppers.", back.text());

        ChatAnswer fr = say("quelle est la note de la robe en satin rouge Lumen", "leave_review", ChatLanguage.FR);
        assertEquals("Robe en satin rouge Lumen n'a pas encore été noté.", fr.text());

        ChatAnswer policy = say("how do I leave a review?", "leave_review", ChatLanguage.EN);
        assertEquals(Intent.LEAVE_REVIEW, policy.intent(), "writing a review is still the policy");
    }

    /** A price set against something the shop does not sell (another shop): no search answer, the honest "not here". */
    @Test
    void comparedWithSomethingTheShopDoesNotSellIsOutOfScope() {
        ChatAnswer en = say("is zara cheaper?", "price", ChatLanguage.EN);
        assertEquals(Intent.OUT_OF_SCOPE, en.intent());
        assertTrue(en.cards().isEmpty());
        assertTrue(en.text().startsWith("Sorry, I can't help with that here"), en.text());
        ChatAnswer fr = say("c'est moins cher chez zara ?", "price", ChatLanguage.FR);
        assertEquals(Intent.OUT_OF_SCOPE, fr.intent());
        assertTrue(fr.text().startsWith("Désolé, je ne peux pas vous aider"), fr.text());
        // a product the shop does not have, asked plainly, is still "not found"
        ChatAnswer plain = say("how much is the zara jacket?", "price", ChatLanguage.EN);
        assertEquals(Intent.PRICE, plain.intent());
        assertTrue(plain.text().startsWith("I could not find a product matching"), plain.text());
        // a product of the shop set against something else is still its price (after the rest: it becomes the product in focus)
        ChatAnswer named = say("is the Nordika linen dress cheaper than that?", "price", ChatLanguage.EN);
        assertEquals(Intent.PRICE, named.intent());
        assertTrue(named.text().startsWith("Nordika Classic Linen Dress – Red costs €49.99."), named.text());
    }
}
