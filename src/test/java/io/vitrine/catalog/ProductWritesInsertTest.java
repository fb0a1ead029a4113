package io.vitrine.catalog;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.vitrine.platform.EmbeddedMongoForTests;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link ProductWrites#insertAll}: the documents an import batch stores, built without JNoSQL, field by field as the
 * entity declares them (the shop's ITs read them back through JNoSQL when the read model loads the demo store).
 */
class ProductWritesInsertTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private EmbeddedMongoForTests mongo;
    private MongoCollection<Document> stored;
    private ProductWrites writes;

    @BeforeEach
    void shop() {
        mongo = new EmbeddedMongoForTests();
        stored = mongo.database().getCollection("products");
        writes = new ProductWrites(mongo.database());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static Product lamp(String id) {
        return Product.builder(new ProductId(id)).seller("aubert").name(LocalizedText.of("Lamp", "Lampe"))
                .description(LocalizedText.of("A brass lamp", null)).category("home", "lighting").brand("Aubert")
                .attribute("colour", "Brass").attribute("height", "40 cm").price(Money.euros(4_990)).stock(7)
                .ratings(2, 9).sourceRef("vitrine:" + id).image("img-1").createdAt(T).build();
    }

    @Test
    void aProductIsStoredFieldByField() {
        Product plain = Product.builder(new ProductId("mug")).seller("aubert").name(LocalizedText.same("Mug"))
                .category("home", "kitchen").price(Money.euros(900)).stock(0).createdAt(T).build();

        writes.insertAll(List.of(lamp("lamp"), plain));

        Document lamp = stored.find(Filters.eq("_id", "lamp")).first();
        assertEquals("aubert", lamp.getString("sellerId"));
        assertEquals(new Document("en", "Lamp").append("fr", "Lampe"), lamp.get("name", Document.class));
        Document description = lamp.get("description", Document.class);
        assertEquals("A brass lamp", description.getString("en"));
        assertEquals(null, description.getString("fr"));
        assertEquals("home", lamp.getString("category"));
        assertEquals("lighting", lamp.getString("subCategory"));
        assertEquals("Aubert", lamp.getString("brand"));
        assertEquals(new Document("colour", "Brass").append("height", "40 cm"), lamp.get("attributes", Document.class));
        assertEquals(4_990L, lamp.get("priceCents")); // a long, as the entity's field
        assertEquals("EUR", lamp.getString("currency"));
        assertEquals(7, lamp.get("stock"));          // an int
        assertEquals(List.of("img-1"), lamp.getList("imageIds", String.class));
        assertEquals(2, lamp.get("ratingCount"));
        assertEquals(9L, lamp.get("ratingTotal"));
        assertEquals("vitrine:lamp", lamp.getString("sourceRef"));
        assertEquals(T.toEpochMilli(), lamp.get("createdAt"));
        assertEquals(T.toEpochMilli(), lamp.get("updatedAt"));

        Document mug = stored.find(Filters.eq("_id", "mug")).first();
        assertFalse(mug.containsKey("brand"), "an absent brand is left out");
        assertFalse(mug.containsKey("sourceRef"), "an absent source is left out (its index is sparse)");
        assertEquals(new Document("en", "Mug").append("fr", "Mug"), mug.get("description", Document.class));
        assertEquals(List.of(), mug.getList("imageIds", String.class));
        assertEquals(new Document(), mug.get("attributes", Document.class));
    }

    @Test
    void aKnownIdStopsTheBatchThereAsADuplicateKey() {
        writes.insertAll(List.of(lamp("b")));

        assertThrows(MongoBulkWriteException.class, () -> writes.insertAll(List.of(lamp("a"), lamp("b"), lamp("c"))));

        assertEquals(List.of("a", "b"), stored.find().sort(new Document("_id", 1)).map(d -> d.getString("_id")).into(new java.util.ArrayList<>()));
    }

    @Test
    void whatIsStoredReadsBackAsTheSameProduct() {
        Product lamp = lamp("lamp");
        writes.insertAll(List.of(lamp));

        Product read = CatalogueReadModelConcurrencyTest.StoredDocuments.product(stored.find().first());
        assertEquals(lamp.name(), read.name());
        assertEquals(lamp.price(), read.price());
        assertEquals(lamp.stock(), read.stock());
        assertEquals(lamp.averageRating(), read.averageRating());
        assertEquals(lamp.imageIds(), read.imageIds());
        assertEquals(lamp.createdAt(), read.createdAt());
    }
}
