package io.vitrine.exports;

import com.mongodb.client.MongoDatabase;
import io.vitrine.catalog.Product;
import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.security.ShopperIds;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event and order exports on stored documents (embedded database): Gorse's feedback fields, a seller's own
 * products and lines only, shoppers as public ids for an admin and as pseudonyms for a seller, formulas neutralised.
 */
class EventAndOrderExportTest {

    private static final ExportScope AUBERT = new ExportScope(Optional.of("aubert"), false);
    private static final ExportScope RIVAL = new ExportScope(Optional.of("rival"), false);
    private static final ExportScope SHOP = new ExportScope(Optional.empty(), true);
    private static final String ANN_PUBLIC_ID = "sh_" + "a".repeat(24);

    private EmbeddedMongoForTests mongo;
    private EventExport events;
    private OrderExport orders;

    @BeforeEach
    void store() {
        mongo = new EmbeddedMongoForTests();
        MongoDatabase db = mongo.database();
        db.getCollection("events").insertMany(List.of(
                event("e1", "VIEW", "ann@example.com", "lamp", 1_764_000_000_000L),
                event("e2", "PURCHASE", "ann@example.com", "lamp", 1_764_000_100_000L),
                event("e3", "ADD_TO_CART", "anon:xyz", "rug", 1_764_000_200_000L),
                new Document("_id", "e4").append("type", "SEARCH").append("userId", "ann@example.com")
                        .append("occurredAt", 1_764_000_300_000L).append("query", "lamp")));
        db.getCollection("orders").insertOne(new Document("_id", "VT-00000001").append("accountId", "ann@example.com")
                .append("status", "PLACED").append("placedAt", 1_764_000_100_000L).append("totalCents", 5_990L)
                .append("currency", "EUR").append("sellerIds", List.of("aubert", "rival"))
                .append("lines", List.of(
                        new Document("productId", "lamp").append("sellerId", "aubert").append("name", "=cmd|' /C calc'!A0")
                                .append("unitPriceCents", 2_000L).append("currency", "EUR").append("quantity", 2),
                        new Document("productId", "rug").append("sellerId", "rival").append("name", "Rug")
                                .append("unitPriceCents", 1_990L).append("currency", "EUR").append("quantity", 1))));
        MongoConnection connection = new MongoConnection() {
            @Override
            public MongoDatabase database() {
                return db;
            }
        };
        ShopperIds ids = new ShopperIds() {
            @Override
            public Optional<String> accountOf(String publicId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> publicIdOf(String accountId) {
                return accountId.equals("ann@example.com") ? Optional.of(ANN_PUBLIC_ID) : Optional.empty();
            }
        };
        events = new EventExport();
        events.mongo = connection;
        events.shopperIds = ids;
        events.catalogue = new CatalogueExport() {
            @Override
            public void forEach(ExportScope scope, Consumer<Product> sink) {
                Map<String, String> owners = Map.of("lamp", "aubert", "rug", "rival");
                owners.forEach((id, seller) -> {
                    if (scope.seller().map(seller::equals).orElse(true)) {
                        sink.accept(Product.builder(new io.vitrine.catalog.ProductId(id)).seller(seller)
                                .name(io.vitrine.catalog.LocalizedText.same(id)).category("home", "decor")
                                .price(io.vitrine.catalog.Money.euros(100)).build());
                    }
                });
            }
        };
        orders = new OrderExport();
        orders.mongo = connection;
        orders.shopperIds = ids;
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static Document event(String id, String type, String user, String product, long at) {
        return new Document("_id", id).append("type", type).append("userId", user).append("productId", product).append("occurredAt", at);
    }

    private static List<JsonObject> lines(String text) {
        return text.lines().map(l -> Json.createReader(new StringReader(l)).readObject()).toList();
    }

    private String eventsOf(ExportScope scope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        events.jsonLines(scope, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String ordersOf(ExportScope scope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        orders.csv(scope, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eventsCarryGorsesFeedbackFieldsAndNeverAnEmail() throws IOException {
        List<JsonObject> shop = lines(eventsOf(SHOP));
        assertEquals(3, shop.size(), "searches have no item and are left out");
        JsonObject view = shop.stream().filter(e -> e.getString("FeedbackType").equals("view")).findFirst().orElseThrow();
        assertEquals(ANN_PUBLIC_ID, view.getString("UserId"));
        assertEquals("lamp", view.getString("ItemId"));
        assertEquals("2025-11-24T16:00:00Z", view.getString("Timestamp"));
        assertTrue(shop.stream().anyMatch(e -> e.getString("FeedbackType").equals("add-to-cart") && e.getString("UserId").equals("anon:xyz")));

        List<JsonObject> aubert = lines(eventsOf(AUBERT));
        assertEquals(2, aubert.size(), "only the events on its own products");
        assertTrue(aubert.stream().allMatch(e -> e.getString("ItemId").equals("lamp")));
        String pseudonym = aubert.get(0).getString("UserId");
        assertTrue(pseudonym.matches("u_[0-9a-f]{24}"), pseudonym);
        assertEquals(pseudonym, aubert.get(1).getString("UserId"), "the same shopper, the same pseudonym");
        assertEquals(pseudonym, lines(eventsOf(AUBERT)).get(0).getString("UserId"), "stable from one export to the next");
        assertFalse(eventsOf(SHOP).contains("@") || eventsOf(AUBERT).contains("@"));
        List<JsonObject> rival = lines(eventsOf(RIVAL));
        assertEquals(1, rival.size());
        assertTrue(rival.get(0).getString("UserId").startsWith("u_"), "anonymous sessions are pseudonyms too");
    }

    @Test
    void ordersGiveASellerItsOwnLinesOnlyWithoutTheShopper() throws IOException {
        List<String> aubert = ordersOf(AUBERT).lines().toList();
        assertEquals("order,placed_at,status,product_id,seller_id,product_name,quantity,unit_price,line_total,currency", aubert.get(0));
        assertEquals(2, aubert.size(), aubert.toString());
        assertTrue(aubert.get(1).startsWith("VT-00000001,2025-11-24T16:01:40Z,placed,lamp,aubert,"), aubert.get(1));
        assertTrue(aubert.get(1).contains("'=cmd|' /C calc'!A0"), "a formula is text: " + aubert.get(1));
        assertTrue(aubert.get(1).endsWith(",2,20.00,40.00,EUR"), aubert.get(1));

        List<String> shop = ordersOf(SHOP).lines().toList();
        assertTrue(shop.get(0).endsWith(",order_total,shopper"));
        assertEquals(3, shop.size());
        assertTrue(shop.get(2).endsWith(",rug,rival,Rug,1,19.90,19.90,EUR,59.90," + ANN_PUBLIC_ID), shop.get(2));
        assertEquals(1, ordersOf(new ExportScope(Optional.of("nobody"), false)).lines().count(), "only the header");
    }
}
