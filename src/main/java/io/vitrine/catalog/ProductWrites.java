package io.vitrine.catalog;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.vitrine.platform.IdempotencyKey;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.WriteSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every write to a stored product that must not lose a concurrent one, as single-document MongoDB updates (atomic on
 * a real MongoDB and on the embedded server alike, neither needing a transaction):
 * <ul>
 * <li>an edit {@code $set}s the fields a seller may edit and nothing else, so a sale or a rating that lands between
 * the read and the write survives, and stock or rating counts are never written back;</li>
 * <li>stock moves only by {@code $inc}, conditional on enough units ({@code stock >= n}) when units are taken;</li>
 * <li>an order's units are taken and given back under a named <em>hold</em> ({@code stockHolds: [{key, qty, at}]})
 * pushed in the same update as the {@code $inc}. The hold makes every step idempotent (a retried take or return
 * with the same key moves nothing) and records, in the product itself, exactly which units an order took: after a
 * crash between two steps the order sweep ({@code io.vitrine.order.OrderSweep}) knows what to give back.</li>
 * </ul>
 */
@ApplicationScoped
public class ProductWrites {

    static final String HOLDS = "stockHolds";
    /** Who rated which product, hashed (one rating per shopper per product). */
    static final String RATERS = "product_raters";

    @Inject
    MongoConnection connection;

    private MongoDatabase database;

    protected ProductWrites() {
    }

    /** Over a database of its own (tests against the embedded server). */
    public ProductWrites(MongoDatabase database) {
        this.database = database;
    }

    /** A hold still on a product: units taken (or given back) for an order whose outcome was not yet settled. */
    public record Hold(ProductId product, String key, int quantity, Instant at) {
    }

    private MongoDatabase database() {
        return database != null ? database : connection.database();
    }

    private MongoCollection<Document> products() {
        return database().getCollection(MongoProductRepository.COLLECTION);
    }

    /**
     * Records that {@code rater} (an account, or an anonymous session's id) rated the product: true the first time,
     * false ever after, also when two tabs race ({@code _id} is unique), so a shopper counts once per product.
     */
    public boolean firstRating(ProductId id, String rater) {
        try {
            database().getCollection(RATERS).insertOne(new Document("_id", IdempotencyKey.sha256(rater + "\u0000" + id.value()))
                    .append("productId", id.value()).append("at", System.currentTimeMillis()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Inserts new products with one {@code insertMany} (ordered: a known id stops it there with a duplicate-key
     * error, as JNoSQL's insert would). Each document is built here from the product's fields, not by JNoSQL's
     * reflective entity conversion, which cost an import batch more than the write itself; JNoSQL reads it back as the
     * same product: texts as {@code {en, fr}}, attributes as a sub-document, numbers as the entity declares them,
     * an absent brand or source left out.
     */
    public void insertAll(java.util.Collection<Product> fresh) {
        if (!fresh.isEmpty()) {
            products().insertMany(fresh.stream().map(ProductWrites::document).toList(),
                    new com.mongodb.client.model.InsertManyOptions().ordered(true));
        }
    }

    /** The stored document of a product (see {@link #insertAll}). */
    static Document document(Product p) {
        Document d = new Document("_id", p.id().value())
                .append("sellerId", p.sellerId())
                .append("name", texts(p.name()))
                .append("description", texts(p.description()))
                .append("category", p.category())
                .append("subCategory", p.subCategory());
        p.brand().ifPresent(b -> d.append("brand", b));
        d.append("attributes", new Document(new LinkedHashMap<>(p.attributes())))
                .append("priceCents", p.price().cents())
                .append("currency", p.price().currency())
                .append("stock", p.stock())
                .append("imageIds", p.imageIds())
                .append("ratingCount", p.ratingCount())
                .append("ratingTotal", p.ratingTotal());
        p.sourceRef().ifPresent(s -> d.append("sourceRef", s));
        return d.append("createdAt", p.createdAtMillis()).append("updatedAt", p.updatedAt().toEpochMilli());
    }

    /**
     * Writes the fields a seller or an import edits (texts, category, brand, attributes, price, photos when named,
     * source) onto the stored product; stock, ratings, seller and creation date are not written. False when the
     * product is not stored.
     */
    public boolean revise(Product edited) {
        return products().updateOne(Filters.eq("_id", edited.id().value()), revision(edited)).getMatchedCount() == 1;
    }

    /**
     * {@link #revise} for many stored products in one write command (an import batch of updates): one round trip and
     * one commit instead of one per product. How many were stored.
     */
    public long reviseAll(java.util.Collection<Product> edited) {
        if (edited.isEmpty()) {
            return 0;
        }
        List<com.mongodb.client.model.UpdateOneModel<Document>> updates = edited.stream()
                .map(p -> new com.mongodb.client.model.UpdateOneModel<Document>(Filters.eq("_id", p.id().value()), revision(p)))
                .toList();
        return products().bulkWrite(updates, new com.mongodb.client.model.BulkWriteOptions().ordered(false)).getMatchedCount();
    }

    private static Bson revision(Product edited) {
        List<Bson> set = new ArrayList<>(List.of(
                Updates.set("name", texts(edited.name())),
                Updates.set("description", texts(edited.description())),
                Updates.set("category", edited.category()),
                Updates.set("subCategory", edited.subCategory()),
                Updates.set("brand", edited.brand().orElse(null)),
                Updates.set("attributes", new Document(new LinkedHashMap<>(edited.attributes()))),
                Updates.set("priceCents", edited.price().cents()),
                Updates.set("currency", edited.price().currency()),
                Updates.max("updatedAt", edited.updatedAt().toEpochMilli())));
        if (!edited.imageIds().isEmpty()) {
            set.add(Updates.set("imageIds", edited.imageIds()));
        }
        edited.sourceRef().ifPresent(s -> set.add(Updates.set("sourceRef", s)));
        return Updates.combine(set);
    }

    /**
     * Adds a photo to the product's list (never drops one a concurrent upload added): {@code $addToSet} onto a list,
     * or the first photo {@code $set} where the field is not an array: null, missing, or an empty document, which is
     * how JNoSQL writes an empty {@code List} ({@code {}}; {@code $addToSet} refuses it with a write error, the 500 the
     * deployed shop gave on a product's first photo). {@code $type} rather than a match on {@code {}}: mongo-java-server
     * reads {@code {imageIds: {}}} as "anything".
     */
    public boolean addImage(ProductId id, String imageId) {
        Bson touched = Updates.max("updatedAt", System.currentTimeMillis());
        Bson list = Filters.type("imageIds", BsonType.ARRAY);
        for (int attempt = 0; attempt < 5; attempt++) {
            if (products().updateOne(Filters.and(Filters.eq("_id", id.value()), list),
                    Updates.combine(Updates.addToSet("imageIds", imageId), touched)).getMatchedCount() == 1) {
                return true;
            }
            if (products().updateOne(Filters.and(Filters.eq("_id", id.value()), Filters.not(list)),
                    Updates.combine(Updates.set("imageIds", List.of(imageId)), touched)).getMatchedCount() == 1) {
                return true;
            }
            if (products().countDocuments(Filters.eq("_id", id.value())) == 0) {
                return false;
            }
        }
        throw new ConflictException("the photo could not be added; try again");
    }

    /** A seller's count of units on hand: the one write that sets stock rather than moving it. */
    public boolean setStock(ProductId id, int stock) {
        if (stock < 0) {
            throw new InvalidInputException("stock cannot be negative");
        }
        return products().updateOne(Filters.eq("_id", id.value()), Updates.combine(Updates.set("stock", stock),
                Updates.max("updatedAt", System.currentTimeMillis()))).getMatchedCount() == 1;
    }

    /** Moves the stock by {@code delta} (negative: only if that many units are there). False when refused. */
    public boolean adjustStock(ProductId id, int delta) {
        Bson filter = delta < 0 ? Filters.and(Filters.eq("_id", id.value()), Filters.gte("stock", -delta))
                : Filters.eq("_id", id.value());
        return delta == 0 ? products().countDocuments(Filters.eq("_id", id.value())) == 1
                : products().updateOne(filter, Updates.inc("stock", delta)).getModifiedCount() == 1;
    }

    /** Adds one rating of 1 to 5 stars to the product's summary. */
    public boolean addRating(ProductId id, int stars) {
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("a rating is 1 to 5 stars");
        }
        return products().updateOne(Filters.eq("_id", id.value()),
                Updates.combine(Updates.inc("ratingCount", 1), Updates.inc("ratingTotal", (long) stars))).getModifiedCount() == 1;
    }

    /**
     * Takes {@code quantity} units under the hold {@code key}, only if that many are in stock. True when taken now or
     * by an earlier call with the same key; false when the product is unknown or short.
     */
    public boolean take(ProductId id, int quantity, String key, Instant at) {
        requirePositive(quantity);
        long modified = products().updateOne(takeFilter(id, quantity, key), takeUpdate(quantity, key, at)).getModifiedCount();
        return modified == 1 || holds(id, key);
    }

    /** The product has the units and no hold of this key yet. */
    private static Bson takeFilter(ProductId id, int quantity, String key) {
        return Filters.and(Filters.eq("_id", id.value()), Filters.gte("stock", quantity), Filters.ne(HOLDS + ".key", key));
    }

    /** The units go, and the hold records them, in one update. */
    private static Bson takeUpdate(int quantity, String key, Instant at) {
        return Updates.combine(Updates.inc("stock", -quantity), Updates.push(HOLDS, hold(key, quantity, at)));
    }

    /**
     * {@link #take} for all of an order's lines in one write command (one commit, not one per line), written as a
     * step of the order ({@link WriteSteps}). Returns the products that hold their units under {@code key} now (taken
     * by this call or an earlier one with the key); of any other, short or unknown, nothing was taken.
     */
    public Set<ProductId> takeAll(Map<ProductId, Integer> quantities, String key, Instant at, WriteSteps steps) {
        quantities.values().forEach(ProductWrites::requirePositive);
        List<UpdateOneModel<Document>> takes = quantities.entrySet().stream().map(line -> new UpdateOneModel<Document>(
                takeFilter(line.getKey(), line.getValue(), key), takeUpdate(line.getValue(), key, at))).toList();
        if (takes.isEmpty()) {
            return Set.of();
        }
        if (steps.on(products()).bulkWrite(takes, new BulkWriteOptions().ordered(false)).getModifiedCount() == takes.size()) {
            return Set.copyOf(quantities.keySet());
        }
        Set<ProductId> held = new HashSet<>();
        products().find(Filters.and(Filters.in("_id", quantities.keySet().stream().map(ProductId::value).toList()),
                Filters.eq(HOLDS + ".key", key))).projection(Projections.include("_id"))
                .forEach(d -> held.add(new ProductId(d.getString("_id"))));
        return held;
    }

    /** {@link #settle} for all of an order's products in one write command, as a step of the order. */
    public void settleAll(Collection<ProductId> ids, String key, WriteSteps steps) {
        steps.on(products()).updateMany(Filters.in("_id", ids.stream().map(ProductId::value).toList()),
                Updates.pull(HOLDS, new Document("key", key)));
    }

    /** Gives {@code quantity} units back under the hold {@code key} (a cancelled order's line); once per key. */
    public void giveBack(ProductId id, int quantity, String key, Instant at) {
        requirePositive(quantity);
        products().updateOne(Filters.and(Filters.eq("_id", id.value()), Filters.ne(HOLDS + ".key", key)),
                Updates.combine(Updates.inc("stock", quantity), Updates.push(HOLDS, hold(key, quantity, at))));
    }

    /**
     * Undoes a {@link #take}: the units go back and the hold goes, in one update conditional on the hold, so however
     * many times (and from however many threads) it is called, the units come back once. True when this call gave them.
     */
    public boolean release(ProductId id, String key, int quantity) {
        return products().updateOne(
                Filters.and(Filters.eq("_id", id.value()), Filters.elemMatch(HOLDS, Filters.and(Filters.eq("key", key),
                        Filters.eq("qty", quantity)))),
                Updates.combine(Updates.inc("stock", quantity), Updates.pull(HOLDS, new Document("key", key))))
                .getModifiedCount() == 1;
    }

    /** The order the hold was for is settled (stored, or its cancellation done): the hold goes, the stock stays. */
    public void settle(ProductId id, String key) {
        products().updateOne(Filters.eq("_id", id.value()), Updates.pull(HOLDS, new Document("key", key)));
    }

    /** Holds placed before {@code before}, oldest products first: what the order sweep looks at. */
    public List<Hold> holdsBefore(Instant before) {
        List<Hold> found = new ArrayList<>();
        for (Document d : products().find(Filters.elemMatch(HOLDS, Filters.lt("at", before.toEpochMilli())))
                .projection(Projections.include(HOLDS))) {
            for (Document h : d.getList(HOLDS, Document.class, List.of())) {
                long at = h.get("at", Number.class).longValue();
                if (at < before.toEpochMilli()) {
                    found.add(new Hold(new ProductId(d.getString("_id")), h.getString("key"),
                            h.get("qty", Number.class).intValue(), Instant.ofEpochMilli(at)));
                }
            }
        }
        return found;
    }

    private boolean holds(ProductId id, String key) {
        return products().countDocuments(Filters.and(Filters.eq("_id", id.value()), Filters.eq(HOLDS + ".key", key))) > 0;
    }

    private static Document hold(String key, int quantity, Instant at) {
        return new Document("key", key).append("qty", quantity).append("at", at.toEpochMilli());
    }

    private static Document texts(LocalizedText text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("en", text.storedEn());
        fields.put("fr", text.storedFr());
        return new Document(fields);
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw new InvalidInputException("quantity must be at least 1");
        }
    }
}
