package io.vitrine.analytics;

import com.mongodb.client.MongoDatabase;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A two-seller shop on one day, small enough to work out every figure by hand.
 * <pre>
 * seller "alpha": a1 shoes/sneakers 100.00 (stock 3), a2 shoes/boots 50.00 (stock 0)
 * seller "beta":  b1 shoes/sneakers  80.00 (stock 9)
 * u1: views a1 (home), adds it from a "similar" strip, orders 2 x a1      = 200.00 (VT-00000001)
 * u2: searches "Red  Sneakers", views a1 from the result, adds it (search), never orders
 * u3: views a2 and b1, rates a2 4 stars, orders a2 + b1 = 50.00 + 80.00  (VT-00000002)
 * u4: searches "purple unicorn", which finds nothing
 * </pre>
 * alpha: revenue 250.00, 2 orders, 3 units, 3 views, 2 carts, 2 purchases, rating 4.0; beta: 80.00, 1 order.
 * The sneakers' median price is 80.00 (lower middle of 80 and 100), so a1 is 25 % dearer than similar products.
 */
final class Fixture {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static final long T = DAY.atTime(10, 0).toInstant(ZoneOffset.UTC).toEpochMilli();

    static final SalesCube.ProductInfo A1 = info("a1", "alpha", "sneakers", 10_000, 3);
    static final SalesCube.ProductInfo A2 = info("a2", "alpha", "boots", 5_000, 0);
    static final SalesCube.ProductInfo B1 = info("b1", "beta", "sneakers", 8_000, 9);

    /** An order as the roll-up sees it. */
    record PlacedOrder(String number, String account, long at, List<SalesCube.Line> lines) {
    }

    static SalesCube.ProductInfo info(String id, String seller, String sub, long cents, int stock) {
        return new SalesCube.ProductInfo(id, seller, LocalizedText.of("Product " + id, "Produit " + id), "shoes", sub,
                cents, "EUR", stock, 0, Optional.empty());
    }

    static Instant at(int minutes) {
        return Instant.ofEpochMilli(T + minutes * 60_000L);
    }

    static List<Interaction> events() {
        return List.of(
                Interaction.of(InteractionType.VIEW, "u1", "a1", at(0)).withSource("home:popular"),
                Interaction.of(InteractionType.ADD_TO_CART, "u1", "a1", at(1)).withSource("recommendation:similar"),
                Interaction.of(InteractionType.PURCHASE, "u1", "a1", at(5)).withQuantity(2).withSource("order"),
                Interaction.search("u2", "Red  Sneakers", 12, at(10)),
                Interaction.of(InteractionType.VIEW, "u2", "a1", at(11)).withSource("search"),
                Interaction.of(InteractionType.ADD_TO_CART, "u2", "a1", at(12)).withSource("search"),
                Interaction.of(InteractionType.VIEW, "u3", "a2", at(20)).withSource("category"),
                Interaction.rating("u3", "a2", 4, at(21)),
                Interaction.of(InteractionType.VIEW, "u3", "b1", at(22)).withSource("category"),
                Interaction.of(InteractionType.PURCHASE, "u3", "a2", at(30)).withSource("order"),
                Interaction.of(InteractionType.PURCHASE, "u3", "b1", at(30)).withSource("order"),
                Interaction.search("u4", "purple unicorn", 0, at(40)));
    }

    static List<PlacedOrder> orders() {
        return List.of(
                new PlacedOrder("VT-00000001", "u1", at(5).toEpochMilli(), List.of(new SalesCube.Line("a1", "alpha", 20_000, 2))),
                new PlacedOrder("VT-00000002", "u3", at(30).toEpochMilli(), List.of(
                        new SalesCube.Line("a2", "alpha", 5_000, 1), new SalesCube.Line("b1", "beta", 8_000, 1))));
    }

    /** The fixture fed through the live path, in time order. */
    static SalesCube live() {
        SalesCube cube = new SalesCube();
        List.of(A1, A2, B1).forEach(cube::product);
        List<PlacedOrder> orders = orders();
        int next = 0;
        for (Interaction e : events()) {
            while (next < orders.size() && orders.get(next).at() < e.occurredAt().toEpochMilli()) {
                PlacedOrder o = orders.get(next++);
                cube.order(o.number(), o.account(), o.at(), o.lines());
            }
            cube.event(e);
        }
        for (; next < orders.size(); next++) {
            PlacedOrder o = orders.get(next);
            cube.order(o.number(), o.account(), o.at(), o.lines());
        }
        return cube;
    }

    /**
     * Stores the fixture as JNoSQL lays out events and orders, plus a cancelled order (5 x a1 by u1), which never
     * counts.
     */
    static void store(MongoDatabase db) {
        List<Document> events = new ArrayList<>();
        for (Interaction e : events()) {
            Document d = new Document("_id", e.id()).append("type", e.type().name()).append("userId", e.userId())
                    .append("occurredAt", e.occurredAt().toEpochMilli()).append("quantity", e.quantity());
            e.productId().ifPresent(p -> d.append("productId", p));
            e.source().ifPresent(s -> d.append("source", s));
            e.rating().ifPresent(r -> d.append("rating", r));
            e.query().ifPresent(q -> d.append("query", q));
            e.resultCount().ifPresent(n -> d.append("resultCount", n));
            events.add(d);
        }
        db.getCollection("events").insertMany(events);
        List<Document> orders = new ArrayList<>();
        for (PlacedOrder o : orders()) {
            List<Document> lines = o.lines().stream().map(l -> new Document("productId", l.productId())
                    .append("sellerId", l.sellerId()).append("name", "x").append("unitPriceCents", l.cents() / l.quantity())
                    .append("currency", "EUR").append("quantity", l.quantity())).toList();
            orders.add(new Document("_id", o.number()).append("accountId", o.account()).append("lines", lines)
                    .append("status", "PLACED").append("placedAt", o.at()).append("updatedAt", o.at()));
        }
        orders.add(new Document("_id", "VT-00000003").append("accountId", "u1").append("status", "CANCELLED")
                .append("placedAt", T).append("lines", List.of(new Document("productId", "a1")
                        .append("sellerId", "alpha").append("unitPriceCents", 10_000L).append("quantity", 5))));
        db.getCollection("orders").insertMany(orders);
    }

    private Fixture() {
    }
}
