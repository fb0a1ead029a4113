package io.vitrine.chat.api;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.vitrine.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The chat assistant over REST on Payara Micro with the demo store: a scripted conversation through every intent in
 * English and in French whose facts (price, stock, rating, cards) are checked against the catalogue API; orders of
 * a shopper logged in through the storefront's form; FAQ edits by an admin and a retraining; bad input.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatApiIT extends DeployedShop {

    private static final Pattern ONE_PLURAL = Pattern.compile("\\b1 suggestions\\b");
    private static final Pattern EMPTY_RANGE = Pattern.compile("(?:between|entre) (\\S+(?: €)?) (?:and|et) \\1(?!\\d)");

    /** A demo shopper no other test orders for. */
    private static final String SHOPPER = "shopper0117@demo.vitrine.io";
    private static String retrainJob;

    private List<JsonObject> products;

    @BeforeEach
    void catalogue() throws InterruptedException {
        awaitSearch();
        // the whole catalogue (earlier ITs of the suite import products into the same shop: the first pages by name
        // no longer hold every demo product)
        products = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            var items = api.get("/api/v1/products?size=100&sort=name&page=" + page).json().getJsonArray("items");
            items.forEach(v -> products.add(v.asJsonObject()));
            if (items.size() < 100) {
                break;
            }
        }
    }

    private void awaitSearch() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (api.get("/api/v1/search?size=1").status() != 200) {
            if (System.currentTimeMillis() > deadline) {
                fail("the search index was not ready within 2 minutes");
            }
            Thread.sleep(500);
        }
    }

    // ---- helpers

    private record Turn(JsonObject body) {
        String reply() {
            return body.getString("reply");
        }

        String intent() {
            return body.getString("intent");
        }

        List<JsonObject> cards() {
            return body.getJsonArray("cards").stream().map(JsonValue::asJsonObject).toList();
        }

        List<String> cardIds() {
            return cards().stream().map(c -> c.getString("id")).toList();
        }
    }

    /** One conversation: sends messages with the id the first reply gave. */
    private final class Chat {
        private final Api client;
        private String id;

        Chat(Api client) {
            this.client = client;
        }

        Turn say(String message) {
            return say(message, null);
        }

        Turn say(String message, String lang) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("message", message);
            if (id != null) {
                b.add("conversationId", id);
            }
            if (lang != null) {
                b.add("lang", lang);
            }
            Api.Resp r = client.post("/api/v1/chat", b.build().toString());
            assertEquals(200, r.status(), message + " -> " + r);
            JsonObject body = r.json();
            if (id == null) {
                id = body.getString("conversationId");
            }
            assertEquals(id, body.getString("conversationId"), "one conversation");
            double confidence = body.getJsonNumber("confidence").doubleValue();
            assertTrue(confidence >= 0 && confidence <= 1, body.toString());
            // #17's small things, on every turn: "Here are 1 suggestions", "between €60.00 and €60.00"
            String reply = body.getString("reply");
            assertFalse(ONE_PLURAL.matcher(reply).find(), message + " -> " + reply);
            assertFalse(EMPTY_RANGE.matcher(reply).find(), message + " -> " + reply);
            return new Turn(body);
        }
    }

    /** Demo products (other ITs import their own) whose English and French names no other product shares. */
    private List<JsonObject> distinctDemo(Predicate<JsonObject> filter) {
        Map<String, Integer> names = new HashMap<>();
        products.forEach(p -> {
            names.merge("en:" + nameEn(p), 1, Integer::sum);
            names.merge("fr:" + nameFr(p), 1, Integer::sum);
        });
        return products.stream().filter(p -> p.getString("id").startsWith("demo-"))
                .filter(p -> names.get("en:" + nameEn(p)) == 1 && names.get("fr:" + nameFr(p)) == 1).filter(filter).toList();
    }

    private static BigDecimal price(JsonObject p) {
        return p.getJsonNumber("price").bigDecimalValue().setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String en(BigDecimal amount) {
        return "€" + amount.toPlainString();
    }

    private static String fr(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',') + " €";
    }

    private static String nameEn(JsonObject p) {
        return p.getJsonObject("name").getString("en");
    }

    private static String nameFr(JsonObject p) {
        return p.getJsonObject("name").getString("fr");
    }

    private JsonObject live(String id) {
        Api.Resp r = api.get("/api/v1/products/" + id);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static boolean under1000(JsonObject p) {
        return p.getJsonNumber("price").doubleValue() < 1000;
    }

    // ---- the scripted conversations

    @Test
    @Order(1)
    void adminEditsTheFaqAndStartsARetraining() {
        assertProblem(api.get("/api/v1/admin/chat/faq"), 401);
        Api.Resp list = admin.get("/api/v1/admin/chat/faq");
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.jsonArray().size() >= 40, "20 seeded topics in two languages: " + list.jsonArray().size());

        String answer = "Gift wrapping is 4.20 EUR per item this season, with a handwritten card.";
        Api.Resp put = admin.put("/api/v1/admin/chat/faq/gift-en", Json.createObjectBuilder().add("intent", "gift_wrapping")
                .add("lang", "en").add("question", "Do you offer gift wrapping?").add("answer", answer).build().toString());
        assertEquals(200, put.status(), put.toString());
        Turn gift = new Chat(api).say("Do you do gift wrapping?");
        assertEquals("gift_wrapping", gift.intent());
        assertEquals(answer, gift.reply(), "the answer comes from the stored page, edited");

        assertProblem(admin.put("/api/v1/admin/chat/faq/gift-de", "{\"intent\":\"gift_wrapping\",\"lang\":\"de\",\"question\":\"q\",\"answer\":\"a\"}"), 400);
        assertProblem(admin.put("/api/v1/admin/chat/faq/Bad%20Id", "{\"intent\":\"gift_wrapping\",\"lang\":\"en\",\"question\":\"q\",\"answer\":\"a\"}"), 400);
        assertProblem(admin.delete("/api/v1/admin/chat/faq/no-such-entry"), 404);
        assertProblem(api.post("/api/v1/admin/chat/retrain", "{}"), 401);

        Api.Resp started = admin.post("/api/v1/admin/chat/retrain", "{}");
        assertEquals(202, started.status(), started.toString());
        assertTrue(started.header("Location").isPresent());
        retrainJob = started.json().getString("id");
        String state = admin.get("/api/v1/admin/chat/retrain/" + retrainJob).json().getString("state");
        assertTrue(List.of("queued", "running", "live").contains(state), state);
        assertProblem(admin.get("/api/v1/admin/chat/retrain/no-such-job"), 404);
    }

    @Test
    @Order(2)
    void englishConversationAnswersFromTheCatalogue() {
        JsonObject p = distinctDemo(x -> x.getInt("stock") > 5 && under1000(x) && x.getJsonObject("rating").getInt("count") > 0
                && x.getJsonObject("attributes").containsKey("colour")).get(0);
        String name = nameEn(p);
        Chat chat = new Chat(api);
        assertEquals("greeting", chat.say("Hello!").intent());

        Turn price = chat.say("How much is the " + name + "?");
        assertEquals("price", price.intent());
        JsonObject now = live(p.getString("id"));
        assertTrue(price.reply().startsWith(name + " costs " + en(price(now)) + "."), price.reply());
        JsonObject card = price.cards().get(0);
        assertEquals(p.getString("id"), card.getString("id"));
        assertEquals(price(now).movePointRight(2).longValueExact(), card.getJsonNumber("priceCents").longValue());
        assertEquals(now.getInt("stock"), card.getInt("stock"));
        assertEquals(now.getJsonArray("images").getString(0), card.getString("imageUrl"));
        assertEquals("/catalog/product.xhtml?src=chat&id=" + p.getString("id"), card.getString("link"));

        Turn stock = chat.say("Is it in stock?");
        assertEquals("availability", stock.intent());
        assertEquals("Yes, " + name + " is in stock: " + now.getInt("stock") + " available.", stock.reply());

        Turn info = chat.say("Tell me about the " + name);
        assertEquals("product_info", info.intent());
        int ratings = now.getJsonObject("rating").getInt("count");
        assertTrue(info.reply().contains("by " + ratings + " shoppers. Sold by "), info.reply());

        Turn colours = chat.say("What colours does the " + name + " come in?");
        assertEquals("sizes_colours", colours.intent());
        assertTrue(colours.reply().startsWith(name + " comes in "), colours.reply());

        Turn delivery = chat.say("How long does delivery take for the " + name + "?");
        assertEquals("shipping_cost_delay", delivery.intent());
        assertTrue(delivery.reply().matches(Pattern.quote(name) + " is in stock at .+: it should arrive between \\w+day \\d+ \\w+ and \\w+day \\d+ \\w+\\."),
                delivery.reply());

        Turn seller = chat.say("Who sells the " + name + "?");
        assertEquals("seller_contact", seller.intent());
        assertTrue(seller.reply().startsWith(name + " is sold by "), seller.reply());

        // a budget: every suggestion within it, checked against the catalogue
        Turn ideas = chat.say("Can you recommend a dress under 60 euros?");
        assertEquals("recommendation", ideas.intent());
        assertFalse(ideas.cards().isEmpty(), ideas.reply());
        for (JsonObject c : ideas.cards()) {
            JsonObject q = live(c.getString("id"));
            assertTrue(price(q).compareTo(new BigDecimal("60")) <= 0, c + " is within the budget");
            // other ITs import Flipkart products (girls' dresses...) into the same database: a dress is a dress
            assertTrue(q.getString("subCategory").equals("dresses")
                    || q.getJsonObject("name").getString("en").toLowerCase(java.util.Locale.ROOT).contains("dress"), c.toString());
        }
        Turn blue = chat.say("and in blue?");
        assertEquals("recommendation", blue.intent(), "the follow-up refines the suggestions: " + blue.reply());
        for (JsonObject c : blue.cards()) {
            JsonObject q = live(c.getString("id"));
            assertTrue(List.of("blue", "sky").contains(q.getJsonObject("attributes").getString("colour")), q.toString());
            assertTrue(price(q).compareTo(new BigDecimal("60")) <= 0, "the budget still holds: " + q);
        }
        if (blue.cards().size() >= 2) {
            String secondId = blue.cardIds().get(1);
            Turn second = chat.say("Tell me more about the second one");
            assertEquals("product_info", second.intent());
            assertTrue(second.reply().startsWith(nameEn(live(secondId)) + " costs " + en(price(live(secondId)))), second.reply());
        }

        JsonObject other = distinctDemo(x -> !x.getString("id").equals(p.getString("id")) && x.getInt("stock") > 0 && under1000(x)
                && !x.getString("subCategory").equals(p.getString("subCategory"))).get(0);
        Turn compare = chat.say("Compare the " + name + " and the " + nameEn(other));
        assertEquals("compare_products", compare.intent());
        assertEquals(List.of(p.getString("id"), other.getString("id")), compare.cardIds(), compare.reply());
        BigDecimal a = price(now);
        BigDecimal b = price(live(other.getString("id")));
        if (a.compareTo(b) != 0) {
            String cheaper = a.compareTo(b) < 0 ? name : nameEn(other);
            assertTrue(compare.reply().contains(cheaper + " is cheaper by " + en(a.subtract(b).abs()) + "."), compare.reply());
        }

        assertTrue(chat.say("How do I return an item?").reply().contains("30 days"));
        assertTrue(chat.say("Which payment methods do you accept?").reply().contains("PayPal"));
        assertTrue(chat.say("What are your opening hours?").reply().contains("24 hours a day"));
        assertEquals("account_help", chat.say("I forgot my password").intent());
        Turn human = chat.say("I want to talk to a human");
        assertEquals("human_agent", human.intent());
        assertTrue(human.reply().endsWith("Reply yes or no."), human.reply());
        assertEquals("seller_message", chat.say("yes").intent());
        Turn left = chat.say("Could you tell me when the spring collection arrives?");
        assertTrue(left.reply().startsWith("Thank you, your message has been passed on to "), left.reply());

        assertTrue(chat.say("Where is my order VT-12345678?").reply().contains("please log in"), "orders need a log-in");
        assertEquals("thanks", chat.say("Thanks a lot!").intent());
        Turn unsure = chat.say("What is the meaning of life?");
        assertEquals("out_of_scope", unsure.intent());
        assertTrue(unsure.reply().contains("leave a message for the seller"), unsure.reply());
        assertEquals("goodbye", chat.say("Goodbye").intent());
    }

    @Test
    @Order(3)
    void frenchConversationAnswersInFrench() {
        JsonObject p = distinctDemo(x -> x.getInt("stock") > 5 && under1000(x) && x.getString("category").equals("apparel")).get(0);
        String name = nameFr(p);
        Chat chat = new Chat(api);
        Turn hello = chat.say("Bonjour");
        assertEquals("fr", hello.body().getString("lang"));
        assertEquals("greeting", hello.intent());

        Turn price = chat.say("Combien coûte " + name + " ?");
        assertEquals("price", price.intent());
        JsonObject now = live(p.getString("id"));
        assertTrue(price.reply().startsWith(name + " coûte " + fr(price(now)) + "."), price.reply());
        assertEquals(name, price.cards().get(0).getString("name"));

        Turn stock = chat.say("Est-ce que " + name + " est en stock ?");
        assertEquals("availability", stock.intent());
        assertEquals("Oui, " + name + " est en stock : " + now.getInt("stock") + " disponibles.", stock.reply());
        assertEquals("fr", chat.say("ok").body().getString("lang"), "a short message keeps the conversation French");

        Turn delivery = chat.say("Quel est le délai de livraison pour " + name + " ?");
        assertEquals("shipping_cost_delay", delivery.intent());
        assertTrue(delivery.reply().contains("livraison prévue entre le "), delivery.reply());
        assertEquals("seller_contact", chat.say("Qui vend " + name + " ?").intent());

        Turn ideas = chat.say("Tu peux me conseiller une robe à moins de 60 euros ?");
        assertEquals("recommendation", ideas.intent());
        assertTrue(ideas.reply().startsWith("Voici "), ideas.reply());
        for (JsonObject c : ideas.cards()) {
            assertTrue(price(live(c.getString("id"))).compareTo(new BigDecimal("60")) <= 0, c.toString());
        }
        assertTrue(chat.say("Comment retourner un article ?").reply().contains("30 jours"));
        assertTrue(chat.say("Quels moyens de paiement acceptez-vous ?").reply().contains("PayPal"));
        assertTrue(chat.say("Quels sont vos horaires d'ouverture ?").reply().contains("24 heures sur 24"));
        assertEquals("account_help", chat.say("J'ai oublié mon mot de passe").intent());
        assertEquals("human_agent", chat.say("Je veux parler à un humain").intent());
        assertTrue(chat.say("non").reply().startsWith("Très bien"), "the offered message is declined");
        assertTrue(chat.say("Où en est ma commande VT-12345678 ?").reply().contains("connectez-vous"));
        assertEquals("thanks", chat.say("Merci beaucoup").intent());
        Turn unsure = chat.say("Quel temps fait-il à Tokyo ?");
        assertEquals("out_of_scope", unsure.intent());
        assertTrue(unsure.reply().contains("laisser un message au vendeur"), unsure.reply());
        assertEquals("goodbye", chat.say("Au revoir").intent());
    }

    /** Every card of the turn is on that sub-category's shelf (read back from the catalogue). */
    private void allOnShelf(Turn t, String subCategory) {
        assertFalse(t.cards().isEmpty(), t.reply());
        for (JsonObject c : t.cards()) {
            assertEquals(subCategory, live(c.getString("id")).getString("subCategory"), t.reply());
        }
    }

    private static void noCards(Turn t) {
        assertTrue(t.cards().isEmpty(), "no stray cards: " + t.reply());
    }

    /** #17: what the shelf, the policy with a country, the follow-ups and out-of-scope questions must show, in English. */
    @Test
    @Order(3)
    void shoppersWordsPoliciesAndFollowUpsInEnglish() {
        allOnShelf(new Chat(api).say("I want running shoes"), "sneakers");
        allOnShelf(new Chat(api).say("a phone case for my iphone pls"), "phone-cases");
        Turn laptops = new Chat(api).say("Do you sell laptops?");
        allOnShelf(laptops, "laptops");
        assertFalse(laptops.reply().contains("could not find"), laptops.reply());

        Turn germany = new Chat(api).say("How much does shipping cost to Germany?");
        assertEquals("shipping_cost_delay", germany.intent());
        assertTrue(germany.reply().contains("Germany") && germany.reply().contains("3 to 6 business days"), germany.reply());
        noCards(germany);
        Turn canada = new Chat(api).say("do you ship to canada?");
        assertTrue(canada.reply().contains("we do not deliver to Canada"), canada.reply());
        noCards(canada);
        noCards(new Chat(api).say("how can I contact the seller?"));

        Chat list = new Chat(api);
        Turn headphones = list.say("headphones please");
        allOnShelf(headphones, "headphones");
        Turn two = list.say("compare the first two");
        assertEquals("compare_products", two.intent());
        assertEquals(headphones.cardIds().subList(0, 2), two.cardIds());
        Turn cheaper = list.say("which one is cheaper");
        JsonObject cheapest = two.cards().stream().min((a, b) -> Long.compare(a.getJsonNumber("priceCents").longValue(),
                b.getJsonNumber("priceCents").longValue())).orElseThrow();
        assertEquals(List.of(cheapest.getString("id")), cheaper.cardIds(), cheaper.reply());

        Chat refine = new Chat(api);
        allOnShelf(refine.say("show me smartphones"), "smartphones");
        Turn max = refine.say("max 500");
        allOnShelf(max, "smartphones");
        max.cards().forEach(c -> assertTrue(c.getJsonNumber("priceCents").longValue() <= 50_000, c.toString()));

        JsonObject mug = distinctDemo(x -> x.getString("subCategory").equals("mugs")).get(0);
        Chat named = new Chat(api);
        named.say("show me some watches");
        Turn price = named.say("how much is the " + nameEn(mug) + "?");
        assertEquals(List.of(mug.getString("id")), price.cardIds().subList(0, 1), "the product named in full wins: " + price.reply());
        assertTrue(price.reply().contains(en(price(live(mug.getString("id"))))), price.reply());

        Turn joke = new Chat(api).say("tell me a joke");
        assertEquals("out_of_scope", joke.intent());
        assertTrue(joke.reply().contains("can't help with that here") && joke.reply().contains("leave a message"), joke.reply());
        noCards(joke);

        Turn same = new Chat(api).say("dresses between 60 and 60 euros");
        assertFalse(same.reply().contains("between €60.00 and €60.00"), same.reply());
        assertFalse(headphones.reply().matches("(?s).*\\b1 suggestions.*"), headphones.reply());
    }

    /** #17 in French: "montre-moi", "coque" against "téléphone", delivery per country, "le moins cher", out of scope. */
    @Test
    @Order(3)
    void shoppersWordsPoliciesAndFollowUpsInFrench() {
        allOnShelf(new Chat(api).say("montre-moi des sacs a dos"), "backpacks");
        allOnShelf(new Chat(api).say("une coque pour mon téléphone"), "phone-cases");
        allOnShelf(new Chat(api).say("je veux un nouveau telephone"), "smartphones");

        Turn belgium = new Chat(api).say("quels sont les délais de livraison en Belgique ?");
        assertEquals("shipping_cost_delay", belgium.intent());
        assertTrue(belgium.reply().contains("Belgique") && belgium.reply().contains("3 à 6 jours ouvrés"), belgium.reply());
        noCards(belgium);
        Turn canada = new Chat(api).say("vous livrez au canada ?");
        assertTrue(canada.reply().contains("nous ne livrons pas"), canada.reply());
        noCards(canada);
        noCards(new Chat(api).say("comment contacter le vendeur ?"));

        Chat refine = new Chat(api);
        Turn phones = refine.say("montre-moi des smartphones");
        allOnShelf(phones, "smartphones");
        Turn max = refine.say("max 500");
        allOnShelf(max, "smartphones");
        Turn cheapest = refine.say("le moins cher");
        JsonObject expected = max.cards().stream().min((a, b) -> Long.compare(a.getJsonNumber("priceCents").longValue(),
                b.getJsonNumber("priceCents").longValue())).orElseThrow();
        assertEquals(List.of(expected.getString("id")), cheapest.cardIds(), cheapest.reply());

        Turn joke = new Chat(api).say("raconte moi une blague");
        assertEquals("out_of_scope", joke.intent());
        assertTrue(joke.reply().contains("laisser un message au vendeur"), joke.reply());
        noCards(joke);

        Turn same = new Chat(api).say("des robes entre 60 et 60 euros");
        assertFalse(same.reply().contains("entre 60,00 € et 60,00 €"), same.reply());
    }

    /**
     * #17, second pass, in both languages: a rating question about a product named in full is answered from its
     * ratings; two full names of one shelf (one brand when the demo store has two) are compared in the order typed;
     * health and other-shop questions are out of scope with no cards; a product request the intent model reads as a
     * policy still shows the shelf.
     */
    @Test
    @Order(3)
    void ratingsFullNameComparisonsOutOfScopeAndShelvesInBothLanguages() {
        JsonObject rated = live(distinctDemo(x -> x.getString("subCategory").equals("headphones")).get(0).getString("id"));
        JsonObject stars = rated.getJsonObject("rating");
        boolean hasRating = stars.getInt("count") > 0;
        Turn en = new Chat(api).say("what's the rating of the " + nameEn(rated) + "?");
        assertEquals("product_info", en.intent(), en.reply());
        assertTrue(en.reply().contains(nameEn(rated)), en.reply());
        assertTrue(hasRating ? en.reply().contains(String.format(Locale.UK, "is rated %.1f/5 by %d", stars.getJsonNumber("average")
                .doubleValue(), stars.getInt("count"))) : en.reply().contains("Nobody has rated"), en.reply());
        Turn fr = new Chat(api).say("quelle est la note de " + nameFr(rated) + " ?");
        assertEquals("product_info", fr.intent(), fr.reply());
        assertTrue(hasRating ? fr.reply().contains(String.format(Locale.FRANCE, "est noté %.1f/5 par %d", stars.getJsonNumber("average")
                .doubleValue(), stars.getInt("count"))) : fr.reply().contains("pas encore été noté"), fr.reply());

        List<JsonObject> shelf = distinctDemo(x -> x.getString("subCategory").equals("backpacks"));
        JsonObject a = shelf.get(0);
        JsonObject b = shelf.stream().skip(1).filter(x -> x.getString("brand", "").equals(a.getString("brand", "")))
                .findFirst().orElse(shelf.get(1));
        Turn vs = new Chat(api).say(nameEn(a) + " vs " + nameEn(b));
        assertEquals("compare_products", vs.intent(), vs.reply());
        assertEquals(List.of(a.getString("id"), b.getString("id")), vs.cardIds(), vs.reply());
        Turn ou = new Chat(api).say(nameFr(b) + " ou " + nameFr(a) + " ?");
        assertEquals("compare_products", ou.intent(), ou.reply());
        assertEquals(List.of(b.getString("id"), a.getString("id")), ou.cardIds(), ou.reply());

        for (String health : List.of("my cat has been sneezing all week", "j'ai mal au dos depuis une semaine")) {
            Turn t = new Chat(api).say(health);
            assertEquals("out_of_scope", t.intent(), t.reply());
            noCards(t);
        }
        for (String otherShop : List.of("c'est moins cher chez darty ?", "is zara cheaper than you?")) {
            Turn shop = new Chat(api).say(otherShop);
            assertEquals("out_of_scope", shop.intent(), shop.reply());
            noCards(shop);
        }
        // gift phrasings the intent model leans out of scope on: the belts shelf settles them
        allOnShelf(new Chat(api).say("a belt for my dad"), "belts");
        allOnShelf(new Chat(api).say("une ceinture pour mon mari"), "belts");
    }

    /**
     * #17, the failure kinds the tests above cover in one language only, now in both: a phone, a backpack and a mug
     * find their own shelf; "do you sell laptops?" in French; a delivery question without a product shows no card;
     * "is X better than Y"; "the third one", "compare the first two" and "something cheaper" on the list shown;
     * homework is out of scope.
     */
    @Test
    @Order(3)
    void everyFailureKindInBothLanguages() {
        allOnShelf(new Chat(api).say("I need a new phone"), "smartphones");
        allOnShelf(new Chat(api).say("looking for a backpack"), "backpacks");
        allOnShelf(new Chat(api).say("got any mugs?"), "mugs");
        allOnShelf(new Chat(api).say("je cherche un mug"), "mugs");
        Turn laptops = new Chat(api).say("vous vendez des ordinateurs portables ?");
        allOnShelf(laptops, "laptops");
        assertFalse(laptops.reply().contains("aucun produit"), laptops.reply());

        for (String delivery : List.of("how long does delivery take?", "combien de temps prend la livraison ?")) {
            Turn t = new Chat(api).say(delivery);
            assertEquals("shipping_cost_delay", t.intent(), t.reply());
            noCards(t);
        }

        List<JsonObject> shelf = distinctDemo(x -> x.getString("subCategory").equals("headphones"));
        JsonObject a = shelf.get(0);
        JsonObject b = shelf.get(1);
        Turn better = new Chat(api).say("is the " + nameEn(a) + " better than the " + nameEn(b) + "?");
        assertEquals("compare_products", better.intent(), better.reply());
        assertEquals(List.of(a.getString("id"), b.getString("id")), better.cardIds(), better.reply());
        Turn mieux = new Chat(api).say("est-ce que " + nameFr(b) + " est mieux que " + nameFr(a) + " ?");
        assertEquals("compare_products", mieux.intent(), mieux.reply());
        assertEquals(List.of(b.getString("id"), a.getString("id")), mieux.cardIds(), mieux.reply());

        for (String[] words : new String[][] {
                {"show me some headphones", "the third one", "compare the first two", "maybe something cheaper"},
                {"montre-moi des casques audio", "le troisième", "compare les deux premiers", "quelque chose de moins cher ?"}}) {
            Chat list = new Chat(api);
            Turn shown = list.say(words[0]);
            allOnShelf(shown, "headphones");
            if (shown.cards().size() >= 3) {
                Turn third = list.say(words[1]);
                assertEquals(shown.cardIds().get(2), third.cardIds().get(0), third.reply());
            }
            Turn two = list.say(words[2]);
            assertEquals("compare_products", two.intent(), two.reply());
            assertEquals(shown.cardIds().subList(0, 2), two.cardIds(), two.reply());
            // "cheaper" than the list shown last: the two compared
            long cheapest = two.cards().stream().mapToLong(c -> c.getJsonNumber("priceCents").longValue()).min().orElseThrow();
            Turn cheaper = list.say(words[3]);
            for (JsonObject c : cheaper.cards()) {
                assertTrue(c.getJsonNumber("priceCents").longValue() < cheapest, words[3] + ": " + c);
                assertEquals("headphones", live(c.getString("id")).getString("subCategory"), cheaper.reply());
            }
        }

        for (String homework : List.of("can you do my maths homework for me?", "tu peux faire mes devoirs de maths ?")) {
            Turn t = new Chat(api).say(homework);
            assertEquals("out_of_scope", t.intent(), t.reply());
            noCards(t);
        }
    }

    /**
     * #17, session 12: the failure kinds of a second development set (chat-dev2), in both languages: a shelf over an
     * unsure policy reading ("a bracelet as a present" is no gift-wrapping question), a bare refinement read as a
     * policy, a product type the shop does not carry, one loose word that is no product
     * name in a delivery question.
     */
    @Test
    @Order(3)
    void chatDev2FailureKindsInBothLanguages() {
        allOnShelf(new Chat(api).say("a bracelet as a present"), "bracelets");
        allOnShelf(new Chat(api).say("un bracelet en cadeau"), "bracelets");
        allOnShelf(new Chat(api).say("a leather belt"), "belts");
        allOnShelf(new Chat(api).say("un sac à main pour le travail"), "handbags");

        for (String[] words : new String[][] {{"jackets", "black ones under 100"}, {"des vestes", "en noir à moins de 100 €"}}) {
            Chat list = new Chat(api);
            allOnShelf(list.say(words[0]), "jackets");
            Turn refined = list.say(words[1]);
            assertEquals("recommendation", refined.intent(), words[1] + " -> " + refined.reply());
            for (JsonObject c : refined.cards()) {
                assertEquals("jackets", live(c.getString("id")).getString("subCategory"), refined.reply());
                assertTrue(c.getJsonNumber("priceCents").longValue() <= 10000, words[1] + ": " + c);
            }
        }

        for (String tents : List.of("do you sell tents?", "vous vendez des tentes ?")) {
            noCards(new Chat(api).say(tents));
        }
        for (String fastest : List.of("what's the fastest delivery?", "quelle est la livraison la plus rapide ?")) {
            Turn t = new Chat(api).say(fastest);
            assertEquals("shipping_cost_delay", t.intent(), t.reply());
            noCards(t);
        }
    }

    /**
     * Every policy intent in both languages, each in a fresh conversation, phrased as a shopper would (none of these
     * messages is in the training corpus): the intent is recognised, the reply is in the message's language and it
     * is the FAQ page stored in MongoDB for that intent and language, read back through the admin API.
     */
    @Test
    @Order(3)
    void everyPolicyIntentAnswersFromTheStoredPageInBothLanguages() {
        Map<String, String> stored = new HashMap<>();
        for (JsonValue v : admin.get("/api/v1/admin/chat/faq").jsonArray()) {
            JsonObject e = v.asJsonObject();
            stored.put(e.getString("intent") + "/" + e.getString("lang"), e.getString("answer"));
        }
        String[][] script = {
                {"returns", "en", "I'd like to send back the jacket I bought, how?"},
                {"returns", "fr", "Je voudrais renvoyer la veste que j'ai achetée, comment faire ?"},
                {"refund_status", "en", "I returned my parcel last week, when is the money coming back?"},
                {"refund_status", "fr", "J'ai renvoyé mon colis la semaine dernière, quand serai-je remboursée ?"},
                {"payment_methods", "en", "Can I pay with PayPal or a credit card?"},
                {"payment_methods", "fr", "Est-ce que je peux payer par carte bancaire ?"},
                {"opening_hours", "en", "When is your customer service open?"},
                {"opening_hours", "fr", "À quelle heure ouvre votre service client ?"},
                {"account_help", "en", "I can't log in to my account"},
                {"account_help", "fr", "Je n'arrive pas à me connecter à mon compte"},
                {"damaged_item", "en", "The mug I received is broken"},
                {"damaged_item", "fr", "Le mug que j'ai reçu est cassé"},
                {"delivery_address_change", "en", "I moved, can I send my order to my new address?"},
                {"delivery_address_change", "fr", "J'ai déménagé, pouvez-vous livrer ma commande à ma nouvelle adresse ?"},
                {"gift_wrapping", "en", "Can you wrap it as a present?"},
                {"gift_wrapping", "fr", "Pouvez-vous faire un paquet cadeau ?"},
                {"invoice", "en", "I need a receipt for my company"},
                {"invoice", "fr", "J'ai besoin d'une facture pour mon entreprise"},
                {"leave_review", "en", "Where can I write a review about the shoes I bought?"},
                {"leave_review", "fr", "Où puis-je écrire un avis sur les chaussures achetées ?"},
                {"newsletter", "en", "Please stop sending me your newsletter"},
                {"newsletter", "fr", "Je ne veux plus recevoir votre newsletter"},
                {"promo_codes", "en", "My discount code does not work"},
                {"promo_codes", "fr", "Mon code de réduction ne marche pas"},
                {"size_guide", "en", "What size should I take, I usually wear a medium?"},
                {"size_guide", "fr", "Quelle taille dois-je prendre, je fais du 38 d'habitude ?"},
                {"warranty", "en", "Is my laptop covered by a guarantee?"},
                {"warranty", "fr", "Mon ordinateur est-il couvert par une garantie ?"},
                {"product_care", "en", "How do I wash a wool sweater?"},
                {"product_care", "fr", "Comment laver un pull en laine ?"},
        };
        List<String> wrong = new ArrayList<>();
        for (String[] line : script) {
            Turn t = new Chat(api).say(line[2]);
            String answer = stored.get(line[0] + "/" + line[1]);
            assertTrue(answer != null, "a stored page for " + line[0] + "/" + line[1]);
            if (!line[0].equals(t.intent()) || !line[1].equals(t.body().getString("lang")) || !t.reply().startsWith(answer)) {
                wrong.add(line[2] + " -> " + t.intent() + "/" + t.body().getString("lang") + ": " + t.reply());
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + script.length + " answered wrongly:\n" + String.join("\n", wrong));
    }

    /** The small-talk and product intents the English and French conversations above do not reach, in both languages. */
    @Test
    @Order(3)
    void theRemainingIntentsAnswerInBothLanguages() {
        assertEquals("bot_capabilities", new Chat(api).say("What can you do for me?").intent());
        Turn can = new Chat(api).say("Qu'est-ce que tu sais faire ?");
        assertEquals("bot_capabilities", can.intent());
        assertTrue(can.reply().startsWith("Je peux vous donner le prix"), can.reply());
        Turn hi = new Chat(api).say("Hi there");
        assertEquals("greeting", hi.intent());
        assertEquals("en", hi.body().getString("lang"));
        assertTrue(hi.reply().startsWith("Hello!"), hi.reply());

        // French product questions: facts against the catalogue. The product is chosen on what other ITs do not
        // change (ratings they do: choosing by rating made the choice depend on the order the ITs ran in)
        JsonObject p = distinctDemo(x -> x.getInt("stock") > 5 && under1000(x) && x.getJsonObject("attributes").containsKey("colour")).get(0);
        String name = nameFr(p);
        JsonObject now = live(p.getString("id"));
        Chat chat = new Chat(api);
        Turn info = chat.say("Parlez-moi de " + name);
        assertEquals("product_info", info.intent());
        assertTrue(info.reply().startsWith(name), "asked about " + p.getString("id") + " " + name + ": " + info.reply());
        // the facts of the product the assistant shows, read back from the catalogue
        JsonObject shown = live(info.cards().get(0).getString("id"));
        assertEquals(name, nameFr(shown), "the product asked about");
        assertTrue(info.reply().contains(" coûte " + fr(price(shown)) + "."), info.reply());
        int ratings = shown.getJsonObject("rating").getInt("count");
        assertTrue(info.reply().contains(ratings == 0 ? "Pas encore noté." : "par " + ratings + " clients"), info.reply() + " / " + shown);
        Turn colours = chat.say("En quelles couleurs existe " + name + " ?");
        assertEquals("sizes_colours", colours.intent());
        assertTrue(colours.reply().startsWith(name + " existe en "), colours.reply());
        JsonObject other = distinctDemo(x -> !x.getString("id").equals(p.getString("id")) && x.getInt("stock") > 0 && under1000(x)
                && !x.getString("subCategory").equals(p.getString("subCategory"))).get(1);
        Turn compare = chat.say("Compare " + name + " et " + nameFr(other));
        assertEquals("compare_products", compare.intent());
        assertEquals(List.of(p.getString("id"), other.getString("id")), compare.cardIds(), compare.reply());
        assertTrue(compare.reply().startsWith(name + " coûte " + fr(price(now))), compare.reply());

        // orders need a log-in in both languages; cancelling too
        Turn cancel = new Chat(api).say("I want to cancel my order VT-12345678");
        assertEquals("cancel_order", cancel.intent());
        assertTrue(cancel.reply().contains("please log in"), cancel.reply());
        Turn annuler = new Chat(api).say("Je veux annuler ma commande VT-12345678");
        assertEquals("cancel_order", annuler.intent());
        assertTrue(annuler.reply().contains("connectez-vous"), annuler.reply());
        assertEquals("order_status", new Chat(api).say("Has my parcel VT-12345678 shipped yet?").intent());
    }

    @Test
    @Order(4)
    void aLoggedInShopperFollowsAndCancelsTheirOwnOrder() throws Exception {
        JsonObject p = distinctDemo(x -> x.getInt("stock") > 5 && under1000(x)).get(1);
        int stockBefore = live(p.getString("id")).getInt("stock");
        Api.Resp placed = admin.post("/api/v1/orders", Json.createObjectBuilder().add("accountId", SHOPPER)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productId", p.getString("id")).add("quantity", 1)))
                .build().toString());
        assertEquals(201, placed.status(), placed.toString());
        String number = placed.json().getString("number");
        assertEquals(stockBefore - 1, live(p.getString("id")).getInt("stock"));
        String othersOrder = admin.get("/api/v1/orders?account=" + shopperId("shopper0001@demo.vitrine.io") + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getString("number");

        Chat chat = new Chat(loggedIn(SHOPPER));
        Turn status = chat.say("Where is my order " + number + "?");
        assertEquals("order_status", status.intent());
        assertTrue(status.reply().startsWith("Order " + number + ", placed on "), status.reply());
        assertTrue(status.reply().contains(" for " + en(price(p)) + ": placed."), status.reply());
        assertTrue(chat.say("Where is my order " + othersOrder + "?").reply().startsWith("I cannot find order " + othersOrder),
                "another shopper's order is not found");

        Turn ask = chat.say("Cancel my order " + number);
        assertEquals("cancel_order", ask.intent());
        assertEquals("Shall I cancel order " + number + " (" + en(price(p)) + ", placed)? Reply yes or no.", ask.reply());
        Turn done = chat.say("yes");
        assertEquals("Order " + number + " is cancelled. The payment of " + en(price(p)) + " will be refunded within 5 business days.",
                done.reply());
        assertEquals("cancelled", admin.get("/api/v1/orders/" + number).json().getString("status"));
        assertEquals(stockBefore, live(p.getString("id")).getInt("stock"), "the unit is back in stock");

        // the conversation is the shopper's: anonymous callers cannot continue it
        assertProblem(api.post("/api/v1/chat", Json.createObjectBuilder().add("conversationId", chat.id)
                .add("message", "where is my order?").build().toString()), 404);
    }

    /** An API client carrying the session of a shopper logged in through the storefront's form. */
    private Api loggedIn(String email) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "the log-in form has a view state");
        String form = "login=login&login%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&login%3Apassword=vitrine-demo&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(after.body().contains(email), "logged in: the header shows " + email);
        return Api.at(base, http);
    }

    @Test
    @Order(5)
    void badInputGetsClearAnswersNeverA500() {
        assertProblem(api.post("/api/v1/chat", "{\"message\":\"\"}"), 400);
        assertProblem(api.post("/api/v1/chat", "{\"message\":\"   \"}"), 400);
        assertProblem(api.post("/api/v1/chat", "{}"), 400);
        assertProblem(api.post("/api/v1/chat", ""), 400);
        assertProblem(api.post("/api/v1/chat", "{\"message\": "), 400);
        assertProblem(api.post("/api/v1/chat", Json.createObjectBuilder().add("message", "a".repeat(10 * 1024)).build().toString()), 400);
        assertProblem(api.post("/api/v1/chat", "{\"message\":\"hello\",\"lang\":\"de\"}"), 400);
        assertProblem(api.post("/api/v1/chat", "{\"message\":\"hello\",\"conversationId\":\"<script>alert(1)</script>\"}"), 400);
        Api.Resp unknown = api.post("/api/v1/chat", "{\"message\":\"hello\",\"conversationId\":\"0b6f2d34-3c1e-4a5b-9d7e-0123456789ab\"}");
        assertProblem(unknown, 404);
        assertTrue(unknown.json().getString("detail").contains("leave conversationId out"), unknown.body());

        Turn emoji = new Chat(api).say("😀😀🙏");
        assertEquals("out_of_scope", emoji.intent());
        assertTrue(emoji.reply().startsWith("I read words only"), emoji.reply());

        Turn script = new Chat(api).say("<script>alert('x')</script><img src=x onerror=alert(1)>");
        assertFalse(script.reply().contains("<"), "nothing of the markup comes back: " + script.reply());
        Turn forced = new Chat(api).say("hello", "fr");
        assertEquals("fr", forced.body().getString("lang"), "lang forces the reply language");
        assertTrue(forced.reply().startsWith("Bonjour"), forced.reply());
    }

    @Test
    @Order(6)
    void theWidgetIsOnShopPagesAndTheApiInOpenApi() {
        Api.Resp home = api.get("/");
        assertEquals(200, home.status());
        assertTrue(home.body().contains("class=\"vt-chat\""), "the widget is on the home page");
        assertTrue(home.body().contains("chat:message"), "with its input");
        String openapi = api.serverRoot().get("/openapi").body();
        assertTrue(openapi.contains("/api/v1/chat"), "the chat endpoint is documented");
        assertTrue(openapi.contains("/api/v1/admin/chat/faq"), "the FAQ admin endpoint is documented");
    }

    @Test
    @Order(7)
    void theRetrainingGoesLiveAndTheNewModelServes() throws InterruptedException {
        assertNotEquals(null, retrainJob, "started by the first test");
        long deadline = System.currentTimeMillis() + 600_000;
        JsonObject job;
        while (true) {
            job = admin.get("/api/v1/admin/chat/retrain/" + retrainJob).json();
            if (List.of("live", "rejected", "failed").contains(job.getString("state")) || System.currentTimeMillis() > deadline) {
                break;
            }
            Thread.sleep(3000);
        }
        assertEquals("live", job.getString("state"), job.toString());
        assertTrue(job.getJsonNumber("modelVersion").longValue() >= 2, job.toString());
        assertTrue(job.getString("message").startsWith("held-out accuracy"), job.toString());
        assertEquals("greeting", new Chat(api).say("Hello!").intent(), "the new model answers");
    }
}
