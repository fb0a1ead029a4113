package io.vitrine.order;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.WriteSteps;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The writes on orders that must hold under concurrency, as single-document conditional updates on the driver
 * (JNoSQL's template would write the whole order back): the cancellation as a state transition, its
 * "stock returned" mark, and the {@code Idempotency-Key} claims of order requests ({@code order_requests}).
 */
public final class OrderRecords {

    static final String ORDERS = "orders";
    static final String REQUESTS = "order_requests";
    /** Set to false by a cancellation, true once every line's units are back: the sweep finishes the false ones. */
    static final String RESTOCKED = "restocked";

    private final MongoDatabase database;
    private final WriteSteps steps;

    /** Over a database whose every write is durable on its own (a test's server). */
    public OrderRecords(MongoDatabase database) {
        this(database, WriteSteps.eachDurable());
    }

    /** {@code steps}: how a placement's writes reach the disk together ({@link WriteSteps}). */
    public OrderRecords(MongoDatabase database, WriteSteps steps) {
        this.database = database;
        this.steps = steps;
    }

    /** How a placement's writes reach the disk together on this database. */
    public WriteSteps steps() {
        return steps;
    }

    /** A claimed {@code Idempotency-Key}: the request's fingerprint and the order number it was given. */
    public record Claim(String id, String fingerprint, String orderNumber, Instant at) {
    }

    private MongoCollection<Document> orders() {
        return database.getCollection(ORDERS);
    }

    private MongoCollection<Document> requests() {
        return database.getCollection(REQUESTS);
    }

    /** PLACED or PAID becomes CANCELLED in one conditional update: of two concurrent cancels, one wins. */
    public boolean cancel(String number, Instant at) {
        return orders().updateOne(
                Filters.and(Filters.eq("_id", number), Filters.in("status", OrderStatus.PLACED.name(), OrderStatus.PAID.name())),
                Updates.combine(Updates.set("status", OrderStatus.CANCELLED.name()), Updates.set("updatedAt", at.toEpochMilli()),
                        Updates.set(RESTOCKED, false))).getModifiedCount() == 1;
    }

    public void markRestocked(String number) {
        orders().updateOne(Filters.eq("_id", number), Updates.set(RESTOCKED, true));
    }

    public boolean isRestocked(String number) {
        Document d = orders().find(Filters.eq("_id", number)).projection(Projections.include(RESTOCKED)).first();
        return d != null && !Boolean.FALSE.equals(d.getBoolean(RESTOCKED));
    }

    public boolean exists(String number) {
        return orders().countDocuments(Filters.eq("_id", number)) > 0;
    }

    /** Numbers of orders cancelled before {@code before} whose units are not all back yet. */
    public List<String> cancelledNotRestocked(Instant before) {
        List<String> numbers = new ArrayList<>();
        orders().find(Filters.and(Filters.eq(RESTOCKED, false), Filters.lt("updatedAt", before.toEpochMilli())))
                .projection(Projections.include("_id")).forEach(d -> numbers.add(d.getString("_id")));
        return numbers;
    }

    /**
     * Claims an idempotency key for a request, as a step of its placement: empty when this call claimed it (go on and
     * place the order under {@code number}); the earlier claim when the key was already used.
     */
    public Optional<Claim> claim(String id, String fingerprint, String number, Instant at) {
        try {
            steps.on(requests()).insertOne(new Document("_id", id).append("fingerprint", fingerprint).append("order", number)
                    .append("at", at.toEpochMilli()));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document d = requests().find(Filters.eq("_id", id)).first();
            if (d == null) {
                // released between our insert and this read: the caller may simply try again
                throw new ConflictException("a request with this Idempotency-Key just failed; send it again");
            }
            return Optional.of(new Claim(id, d.getString("fingerprint"), d.getString("order"),
                    Instant.ofEpochMilli(d.get("at", Number.class).longValue())));
        }
    }

    /** The claimed request failed: a retry with the same key may try again. */
    public void release(String id) {
        requests().deleteOne(Filters.eq("_id", id));
    }

    /**
     * Forgets claims made before {@code abandonedBefore} that never got their order (a crash mid-request), and every
     * claim made before {@code expiredBefore} (keys are kept a day). Returns how many went.
     */
    public int dropClaims(Instant abandonedBefore, Instant expiredBefore) {
        int dropped = (int) requests().deleteMany(Filters.lt("at", expiredBefore.toEpochMilli())).getDeletedCount();
        List<Document> old = requests().find(Filters.lt("at", abandonedBefore.toEpochMilli())).into(new ArrayList<>());
        for (Document d : old) {
            if (!exists(d.getString("order"))) {
                dropped += (int) requests().deleteOne(Filters.eq("_id", d.getString("_id"))).getDeletedCount();
            }
        }
        return dropped;
    }
}
