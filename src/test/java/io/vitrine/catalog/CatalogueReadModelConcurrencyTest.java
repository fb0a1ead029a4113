package io.vitrine.catalog;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.security.Caller;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.vitrine.platform.EmbeddedMongoForTests.concurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read model behind the real {@link CatalogService} on the embedded database: many threads sell, give back,
 * restock, rate and edit products while others read lists; afterwards the snapshot equals what the database holds.
 */
class CatalogueReadModelConcurrencyTest {

    private static final Caller SELLER = new Caller(Caller.Kind.SELLER, "seller@aubert.fr", Optional.of("aubert"));
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final int PRODUCTS = 6;

    private EmbeddedMongoForTests mongo;
    private MongoCollection<Document> stored;
    private CatalogueReadModel readModel;
    private CatalogService catalog;

    @BeforeEach
    void shop() {
        mongo = new EmbeddedMongoForTests();
        stored = mongo.database().getCollection("products");
        for (int i = 0; i < PRODUCTS; i++) {
            stored.insertOne(new Document("_id", "p" + i).append("sellerId", "aubert")
                    .append("name", new Document("en", "Lamp " + i).append("fr", "Lampe " + i))
                    .append("category", "home").append("subCategory", i % 2 == 0 ? "lighting" : "rugs")
                    .append("priceCents", 1_000L + i).append("currency", "EUR").append("stock", 10_000)
                    .append("ratingCount", 0).append("ratingTotal", 0L).append("imageIds", List.of())
                    .append("createdAt", T.toEpochMilli() + i).append("updatedAt", T.toEpochMilli() + i));
        }
        StoredDocuments database = new StoredDocuments(stored);
        readModel = new CatalogueReadModel(database);
        readModel.load();
        InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
        categories.save(new Category("home", LocalizedText.of("Home", "Maison"), 1, List.of(
                new SubCategory("lighting", LocalizedText.of("Lighting", "Luminaires")),
                new SubCategory("rugs", LocalizedText.of("Rugs", "Tapis")))));
        catalog = new CatalogService();
        catalog.products = new CatalogueProducts(database, readModel);
        catalog.categories = categories;
        catalog.writes = new ProductWrites(mongo.database());
        catalog.changes = new Announced(readModel);
        catalog.readModel = readModel;
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void afterConcurrentWritesTheSnapshotEqualsTheDatabase() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger thread = new AtomicInteger();
        AtomicInteger writers = new AtomicInteger(7);
        concurrently(10, () -> {
            int me = thread.getAndIncrement();
            if (me < 3) {
                read(writing, reads, wrong);
            } else {
                try {
                    write(me);
                } finally {
                    if (writers.decrementAndGet() == 0) {
                        writing.set(false);
                    }
                }
            }
            return null;
        });
        assertTrue(wrong.isEmpty(), "readers saw: " + wrong);
        assertTrue(reads.get() > 0);

        CatalogueSnapshot live = readModel.snapshot().orElseThrow();
        CatalogueSnapshot fresh = CatalogueSnapshot.of(new StoredDocuments(stored).streamAll().toList(), 1, T);
        for (Product p : fresh.all()) {
            Product mine = live.find(p.id()).orElseThrow();
            assertEquals(p.stock(), mine.stock(), p.id() + " stock");
            assertEquals(p.ratingCount(), mine.ratingCount(), p.id() + " ratings");
            assertEquals(p.averageRating(), mine.averageRating(), p.id() + " average");
            assertEquals(p.price(), mine.price(), p.id() + " price");
            assertEquals(p.name(), mine.name(), p.id() + " name");
            assertEquals(p.subCategory(), mine.subCategory(), p.id() + " sub-category");
        }
        for (ProductQuery.Sort sort : ProductQuery.Sort.values()) {
            ProductQuery q = new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), sort, 0, 20);
            assertEquals(fresh.find(q).items(), live.find(q).items(), sort.name());
            assertEquals(fresh.find(q.inCategory("home")).items(), live.find(q.inCategory("home")).items(), sort.name());
        }
    }

    /** Sells, gives back, restocks, rates and edits (price, name and sub-category) at random. */
    private void write(int me) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 30; i++) {
            ProductId id = new ProductId("p" + random.nextInt(PRODUCTS));
            String hold = "order-" + me + "-" + i;
            switch (random.nextInt(5)) {
                case 0 -> catalog.takeStock(id, 1 + random.nextInt(3), hold, T);
                case 1 -> {
                    catalog.takeStock(id, 2, hold, T);
                    catalog.releaseStock(id, hold, 2);
                }
                case 2 -> catalog.adjustStock(SELLER, id, 1 + random.nextInt(5));
                case 3 -> catalog.rate(id, "shopper-" + me + "-" + i, 1 + random.nextInt(5));
                default -> catalog.revise(SELLER, id, new ProductDraft(id.value(), "aubert", "Lamp " + random.nextInt(100),
                        null, null, null, "home", random.nextBoolean() ? "lighting" : "rugs", null, Map.of(),
                        BigDecimal.valueOf(5 + random.nextInt(50)), "EUR", null));
            }
        }
    }

    /** Every list a reader sees is whole and in order, and every product read is one the lists know. */
    private void read(AtomicBoolean writing, AtomicInteger reads, ConcurrentLinkedQueue<String> wrong) {
        while (writing.get()) {
            Page<Product> byPrice = catalog.list(new ProductQuery(Optional.of("home"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), ProductQuery.Sort.PRICE_ASC, 0, 20));
            if (byPrice.total() != PRODUCTS || byPrice.items().size() != PRODUCTS) {
                wrong.add("a list of " + byPrice.items().size() + " of " + byPrice.total());
            }
            for (int i = 1; i < byPrice.items().size(); i++) {
                if (byPrice.items().get(i - 1).price().cents() > byPrice.items().get(i).price().cents()) {
                    wrong.add("out of price order: " + byPrice.items());
                }
            }
            // two lists of one snapshot agree (two calls may read two snapshots)
            CatalogueSnapshot one = readModel.snapshot().orElseThrow();
            long lighting = one.find(new ProductQuery(Optional.empty(), Optional.of("lighting"), Optional.empty(),
                    Optional.empty(), Optional.empty(), ProductQuery.Sort.NAME, 0, 20)).total();
            long rugs = one.find(new ProductQuery(Optional.empty(), Optional.of("rugs"), Optional.empty(),
                    Optional.empty(), Optional.empty(), ProductQuery.Sort.NAME, 0, 20)).total();
            if (lighting + rugs != PRODUCTS) {
                wrong.add("sub-categories hold " + lighting + " + " + rugs);
            }
            if (catalog.get(new ProductId("p0")).stock() < 0) {
                wrong.add("negative stock");
            }
            reads.incrementAndGet();
        }
    }

    /** A {@link ProductRepository} reading the products collection as documents (JNoSQL needs a container). */
    static final class StoredDocuments implements ProductRepository {

        private final MongoCollection<Document> products;

        StoredDocuments(MongoCollection<Document> products) {
            this.products = products;
        }

        static Product product(Document d) {
            Document name = d.get("name", Document.class);
            Product.Builder b = Product.builder(new ProductId(d.getString("_id"))).seller(d.getString("sellerId"))
                    .name(LocalizedText.of(name.getString("en"), name.getString("fr")))
                    .category(d.getString("category"), d.getString("subCategory"))
                    .price(new Money(d.get("priceCents", Number.class).longValue(), d.getString("currency")))
                    .stock(d.getInteger("stock"))
                    .ratings(d.getInteger("ratingCount"), d.get("ratingTotal", Number.class).longValue())
                    .createdAt(Instant.ofEpochMilli(d.get("createdAt", Number.class).longValue()));
            d.getList("imageIds", String.class, List.of()).forEach(b::image);
            return b.build();
        }

        @Override
        public Optional<Product> find(ProductId id) {
            return Optional.ofNullable(products.find(Filters.eq("_id", id.value())).first()).map(StoredDocuments::product);
        }

        @Override
        public List<Product> findAll(Collection<ProductId> ids) {
            List<Product> found = new ArrayList<>();
            ids.forEach(id -> find(id).ifPresent(found::add));
            return found;
        }

        @Override
        public Optional<Product> findBySourceRef(String sourceRef) {
            return Optional.empty();
        }

        @Override
        public Page<Product> find(ProductQuery query) {
            throw new UnsupportedOperationException("the read model answers lists");
        }

        @Override
        public Stream<Product> streamAll() {
            List<Product> all = new ArrayList<>();
            products.find().sort(new Document("_id", 1)).forEach(d -> all.add(product(d)));
            return all.stream();
        }

        @Override
        public Product save(Product product) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveAll(Collection<Product> batch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(ProductId id) {
            return products.deleteOne(Filters.eq("_id", id.value())).getDeletedCount() == 1;
        }

        @Override
        public void addRating(ProductId id, int stars) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean takeStock(ProductId id, int quantity) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void returnStock(ProductId id, int quantity) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return products.countDocuments();
        }
    }

    /** CDI's synchronous delivery of {@link ProductChanged} to the read model, as in the shop. */
    private static final class Announced implements Event<ProductChanged> {
        private final CatalogueReadModel readModel;

        Announced(CatalogueReadModel readModel) {
            this.readModel = readModel;
        }

        @Override
        public void fire(ProductChanged event) {
            readModel.onProductChanged(event);
        }

        @Override
        public <U extends ProductChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ProductChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ProductChanged> select(java.lang.annotation.Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends ProductChanged> Event<U> select(Class<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ProductChanged> Event<U> select(jakarta.enterprise.util.TypeLiteral<U> subtype,
                                                         java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
