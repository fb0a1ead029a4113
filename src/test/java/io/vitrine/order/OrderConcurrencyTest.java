package io.vitrine.order;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductWrites;
import io.vitrine.customer.Account;
import io.vitrine.customer.AccountRepository;
import io.vitrine.platform.security.Role;
import io.vitrine.events.EventService;
import io.vitrine.events.InMemoryEventRepository;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import io.vitrine.platform.DurableH2Backend;
import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.WriteSteps;
import io.vitrine.platform.IdempotencyConflictException;
import io.vitrine.platform.IdempotencyKey;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.vitrine.platform.EmbeddedMongoForTests.concurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Order placement and cancellation with the stock in the embedded database, from many threads at once, with
 * failures injected between the steps.
 */
class OrderConcurrencyTest {

    private static final String ADA = "ada@example.org";

    private EmbeddedMongoForTests mongo;
    private MongoCollection<Document> stock;
    private DocumentOrders orders;
    private OrderService service;

    @BeforeEach
    void shop() {
        mongo = new EmbeddedMongoForTests();
        MongoDatabase db = mongo.database();
        stock = db.getCollection("products");
        orders = new DocumentOrders(db);
        service = service(db, orders, new OrderRecords(db));
    }

    /** The service over a database holding lamp (20 units), vase and rug (1,000 each). */
    private static OrderService service(MongoDatabase db, DocumentOrders orders, OrderRecords records) {
        InMemoryProductRepository catalogue = new InMemoryProductRepository();
        for (String id : List.of("lamp", "vase", "rug")) {
            catalogue.save(Product.builder(new ProductId(id)).seller("aubert").name(LocalizedText.of(id, null))
                    .category("home", "deco").price(Money.euros(1_000)).stock(0).build());
        }
        MongoCollection<Document> stock = db.getCollection("products");
        stock.insertOne(new Document("_id", "lamp").append("stock", 20));
        stock.insertOne(new Document("_id", "vase").append("stock", 1_000));
        stock.insertOne(new Document("_id", "rug").append("stock", 1_000));

        CatalogService catalog = new CatalogService();
        setField(catalog, "products", catalogue);
        setField(catalog, "writes", new ProductWrites(db));
        setField(catalog, "changes", new Ignored<>());
        EventService events = new EventService();
        setField(events, "events", new InMemoryEventRepository());
        setField(events, "recorded", new Ignored<>());

        OrderService service = new OrderService();
        service.products = catalogue;
        service.accounts = new OneAccount();
        service.catalog = catalog;
        service.orders = orders;
        service.events = events;
        service.placed = new Ignored<>();
        service.records = records;
        return service;
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private int stockOf(String id) {
        return stock.find(Filters.eq("_id", id)).first().getInteger("stock");
    }

    private long holds() {
        return stock.countDocuments(Filters.exists("stockHolds.0"));
    }

    private static List<OrderService.LineRequest> lines(String... idAndQuantity) {
        List<OrderService.LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < idAndQuantity.length; i += 2) {
            lines.add(new OrderService.LineRequest(idAndQuantity[i], Integer.parseInt(idAndQuantity[i + 1])));
        }
        return lines;
    }

    @Test
    void concurrentOrdersForTheLastUnitsNeverOversellAndGiveBackTheOtherLines() throws Exception {
        List<Boolean> placed = concurrently(40, () -> {
            try {
                service.place(ADA, lines("vase", "2", "lamp", "1"), "test");
                return true;
            } catch (IllegalStateException soldOut) {
                return false;
            }
        });
        assertEquals(20, placed.stream().filter(b -> b).count());
        assertEquals(0, stockOf("lamp"));
        assertEquals(1_000 - 2 * 20, stockOf("vase"), "a refused order gave back the vases its first line took");
        assertEquals(20, orders.count());
        assertEquals(0, holds(), "every hold settled or released");
    }

    @Test
    void anyFailureOnALaterStepGivesBackEveryLineAlreadyTaken() {
        orders.failNextSave.set(true);
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> service.place(ADA, lines("vase", "3", "rug", "2", "lamp", "1"), "test"));
        assertEquals("disk full", e.getMessage(), "the failure itself, not an out-of-stock");
        assertEquals(1_000, stockOf("vase"));
        assertEquals(1_000, stockOf("rug"));
        assertEquals(20, stockOf("lamp"));
        assertEquals(0, orders.count());
        assertEquals(0, holds());

        assertThrows(IllegalArgumentException.class, () -> service.place(ADA, lines("vase", "3", "gone", "1"), "test"));
        assertEquals(1_000, stockOf("vase"), "an unknown product on a later line gives the first back too");
    }

    @Test
    void twoConcurrentCancelsReturnTheStockOnce() throws Exception {
        Order order = service.place(ADA, lines("lamp", "3", "vase", "5"), "test");
        assertEquals(17, stockOf("lamp"));

        List<OrderStatus> after = concurrently(8, () -> service.cancelByShopper(ADA, order.number()).status());

        assertTrue(after.stream().allMatch(s -> s == OrderStatus.CANCELLED));
        assertEquals(20, stockOf("lamp"), "given back once, not eight times");
        assertEquals(1_000, stockOf("vase"));
        assertEquals(0, holds());
        assertTrue(service.records.isRestocked(order.number()));
    }

    @Test
    void theSameIdempotencyKeyAndLinesPlaceOneOrderHoweverOftenSent() throws Exception {
        Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("checkout-7f3a"));
        List<String> numbers = concurrently(8, () -> {
            for (int attempt = 0; ; attempt++) {
                try {
                    return service.place(ADA, lines("lamp", "2"), "test", key, "partner-a").order().number();
                } catch (IdempotencyConflictException stillRunning) {
                    assertTrue(stillRunning.isInProgress());
                    Thread.sleep(20);
                }
            }
        });
        assertEquals(1, Set.copyOf(numbers).size(), "every retry got the same order");
        assertEquals(18, stockOf("lamp"), "stock taken once");
        assertEquals(1, orders.count());

        IdempotencyConflictException reused = assertThrows(IdempotencyConflictException.class,
                () -> service.place(ADA, lines("lamp", "3"), "test", key, "partner-a"));
        assertTrue(!reused.isInProgress(), "same key, other lines: refused (422), not replayed");
        assertEquals(2, service.place(ADA, lines("lamp", "2"), "test", key, "partner-b").order().lines().get(0).quantity(),
                "another caller's key of the same text is another key");
        assertEquals(16, stockOf("lamp"));
    }

    @Test
    void aFailedRequestFreesItsKeySoTheRetryIsPlaced() {
        Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("retry-me"));
        orders.failNextSave.set(true);
        assertThrows(RuntimeException.class, () -> service.place(ADA, lines("lamp", "1"), "test", key, "p"));
        Order order = service.place(ADA, lines("lamp", "1"), "test", key, "p").order();
        assertEquals(19, stockOf("lamp"));
        assertEquals(order.number(), service.place(ADA, lines("lamp", "1"), "test", key, "p").order().number());
    }

    @Test
    void theSweepCompletesOrRollsBackWhatACrashInterrupted() {
        ProductWrites writes = new ProductWrites(mongo.database());
        Instant crash = Instant.now();
        // crash 1: stock taken for an order that was never stored
        writes.take(new ProductId("lamp"), 4, "VT-00000001:take", crash);
        // crash 2: the order stored, its hold not yet settled
        Order stored = service.place(ADA, lines("vase", "6"), "test");
        writes.take(new ProductId("rug"), 1, stored.number() + ":take", crash);
        // crash 3: an order cancelled, its units not yet back
        Order cancelled = service.place(ADA, lines("rug", "2"), "test");
        service.records.cancel(cancelled.number(), crash);

        OrderService.Sweep early = service.sweep(crash.plusSeconds(10));
        assertEquals(new OrderService.Sweep(0, 0, 0, 0), early, "a hold younger than a minute may be an order in flight");

        OrderService.Sweep sweep = service.sweep(crash.plusSeconds(120));
        assertEquals(1, sweep.rolledBack());
        assertEquals(1, sweep.restocked());
        assertEquals(20, stockOf("lamp"), "no taken stock without an order");
        assertEquals(994, stockOf("vase"), "no order without its stock");
        assertEquals(1_000 - 1, stockOf("rug"), "the stored order keeps its units, the cancelled one's came back");
        service.sweep(crash.plusSeconds(240));
        assertEquals(0, holds());
        assertEquals(1_000 - 1, stockOf("rug"), "a second sweep changes nothing");
    }

    /**
     * On the shop's durable embedded store with the placement's writes as steps (one commit for all of them): many
     * threads order the last lamps, then the store is dropped as a kill -9 leaves it and reopened. Every acknowledged
     * order is there with its stock taken, no refused order took any, and no hold is left.
     */
    @Test
    void everyAcknowledgedOrderSurvivesACrashWithItsStockAndAPlacementWaitsForOneCommit(@TempDir Path dir) throws Exception {
        String file = dir.resolve("orders.mv").toString();
        DurableH2Backend backend = new DurableH2Backend(file);
        MongoServer server = new MongoServer(backend);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger keyed = new AtomicInteger();
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase db = client.getDatabase("shop");
            OrderService durable = service(db, new DocumentOrders(db), new OrderRecords(db, WriteSteps.grouped(backend)));

            long before = backend.commits();
            Order first = durable.place(ADA, lines("rug", "2", "vase", "1"), "test",
                    Optional.of(new IdempotencyKey("first")), "p").order();
            acknowledged.add(first.number());
            assertEquals(before + 1, backend.commits(), "claim, take, order, settle and events: one commit");
            assertEquals(first.number(), durable.place(ADA, lines("rug", "2", "vase", "1"), "test",
                    Optional.of(new IdempotencyKey("first")), "p").order().number(), "a replay gives the same order");

            concurrently(16, () -> {
                for (int i = 0; i < 5; i++) {
                    Optional<IdempotencyKey> key = i % 2 == 0 ? Optional.of(new IdempotencyKey("k-" + keyed.incrementAndGet()))
                            : Optional.empty();
                    try {
                        acknowledged.add(durable.place(ADA, lines("vase", "1", "lamp", "1"), "test", key, "p").order().number());
                    } catch (IllegalStateException soldOut) {
                        // the lamps are gone: refused, nothing taken
                    }
                }
                return null;
            });
            assertEquals(21, acknowledged.size(), "the first order and one per lamp");
        }
        backend.getMvStore().closeImmediately(); // as a kill -9 leaves the file
        server.shutdownNow();

        DurableH2Backend reopened = new DurableH2Backend(file);
        MongoServer again = new MongoServer(reopened);
        try (MongoClient client = MongoClients.create(again.bindAndGetConnectionString())) {
            MongoDatabase db = client.getDatabase("shop");
            Set<String> stored = new java.util.HashSet<>();
            db.getCollection("orders").find().forEach(d -> stored.add(d.getString("_id")));
            assertEquals(acknowledged, stored, "every acknowledged order, and no other");
            MongoCollection<Document> products = db.getCollection("products");
            assertEquals(0, products.find(Filters.eq("_id", "lamp")).first().getInteger("stock"));
            assertEquals(1_000 - 21, products.find(Filters.eq("_id", "vase")).first().getInteger("stock"),
                    "refused orders gave their vase back");
            assertEquals(1_000 - 2, products.find(Filters.eq("_id", "rug")).first().getInteger("stock"));
            assertEquals(0, products.countDocuments(Filters.exists("stockHolds.0")), "every hold settled or released");
        } finally {
            again.shutdownNow();
        }
    }

    @Test
    void takingAllLinesInOneCommandReportsTheShortOnesAndTakesOncePerHold() {
        ProductWrites writes = new ProductWrites(mongo.database());
        java.util.Map<ProductId, Integer> order = new java.util.LinkedHashMap<>();
        order.put(new ProductId("vase"), 3);
        order.put(new ProductId("lamp"), 21);
        order.put(new ProductId("rug"), 2);
        order.put(new ProductId("gone"), 1);

        Set<ProductId> taken = writes.takeAll(order, "VT-00000009:take", Instant.now(), WriteSteps.eachDurable());
        assertEquals(Set.of(new ProductId("vase"), new ProductId("rug")), taken, "lamp is short (20), gone unknown");
        assertEquals(997, stockOf("vase"));
        assertEquals(20, stockOf("lamp"));
        assertEquals(998, stockOf("rug"));

        assertEquals(taken, writes.takeAll(order, "VT-00000009:take", Instant.now(), WriteSteps.eachDurable()),
                "a retry with the same hold takes nothing more");
        assertEquals(997, stockOf("vase"));
        writes.settleAll(List.of(new ProductId("vase"), new ProductId("rug")), "VT-00000009:take", WriteSteps.eachDurable());
        assertEquals(0, holds());
        assertEquals(998, stockOf("rug"), "settled: the units stay taken");
    }

    @Test
    void malformedIdempotencyKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IdempotencyKey.ofHeader(""));
        assertThrows(IllegalArgumentException.class, () -> IdempotencyKey.ofHeader("with space"));
        assertThrows(IllegalArgumentException.class, () -> IdempotencyKey.ofHeader("x".repeat(256)));
        assertThrows(IllegalArgumentException.class, () -> IdempotencyKey.ofHeader("clé"));
        assertEquals(Optional.empty(), IdempotencyKey.ofHeader(null));
    }

    /** Orders as plain documents with the field names JNoSQL gives them; a save can be made to fail once. */
    static final class DocumentOrders implements OrderRepository {
        final AtomicBoolean failNextSave = new AtomicBoolean();
        private final MongoCollection<Document> orders;

        DocumentOrders(MongoDatabase db) {
            orders = db.getCollection("orders");
        }

        @Override
        public Optional<Order> find(String number) {
            Document d = orders.find(Filters.eq("_id", number)).first();
            if (d == null) {
                return Optional.empty();
            }
            List<OrderLine> lines = d.getList("lines", Document.class).stream().map(l -> new OrderLine(l.getString("productId"),
                    l.getString("sellerId"), l.getString("name"), new Money(l.getLong("unitPriceCents"), l.getString("currency")),
                    l.getInteger("quantity"))).collect(Collectors.toList());
            Order o = new Order(number, d.getString("accountId"), lines, Instant.ofEpochMilli(d.getLong("placedAt")));
            if (OrderStatus.CANCELLED.name().equals(d.getString("status"))) {
                o = o.moveTo(OrderStatus.CANCELLED, Instant.ofEpochMilli(d.getLong("updatedAt")));
            }
            return Optional.of(o);
        }

        @Override
        public Order save(Order o) {
            insert(o, WriteSteps.eachDurable());
            return o;
        }

        @Override
        public void insert(Order o, WriteSteps steps) {
            if (failNextSave.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
            steps.on(orders).insertOne(new Document("_id", o.number()).append("accountId", o.accountId()).append("status", o.status().name())
                    .append("lines", o.lines().stream().map(l -> new Document("productId", l.productId()).append("sellerId", l.sellerId())
                            .append("name", l.name()).append("unitPriceCents", l.unitPrice().cents())
                            .append("currency", l.unitPrice().currency()).append("quantity", l.quantity())).toList())
                    .append("placedAt", o.placedAt().toEpochMilli()).append("updatedAt", o.updatedAt().toEpochMilli()));
        }

        @Override
        public Page<Order> findByAccount(String accountId, int page, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void insertAll(Collection<Order> batch) {
            batch.forEach(this::save);
        }

        @Override
        public long count() {
            return orders.countDocuments();
        }
    }

    private static final class OneAccount implements AccountRepository {
        @Override
        public Optional<Account> find(String email) {
            return Optional.of(new Account(email, "Ada", Role.SHOPPER, "hash", null, Instant.EPOCH));
        }

        @Override
        public Account save(Account account) {
            return account;
        }

        @Override
        public Optional<Account> findByPublicId(String publicId) {
            return Optional.empty();
        }

        @Override
        public int assignMissingPublicIds() {
            return 0;
        }

        @Override
        public void insertAll(Collection<Account> accounts) {
        }

        @Override
        public java.util.List<Account> findByRoles(java.util.Set<Role> roles) {
            return java.util.List.of();
        }

        @Override
        public long count() {
            return 1;
        }
    }

    private static final class Ignored<T> implements Event<T> {
        @Override
        public void fire(T event) {
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(java.lang.annotation.Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            return new Ignored<>();
        }

        @Override
        public <U extends T> Event<U> select(jakarta.enterprise.util.TypeLiteral<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            return new Ignored<>();
        }
    }

    private static void setField(Object target, String name, Object value) {
        try {
            java.lang.reflect.Field f = target.getClass().getDeclaredField(name);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
