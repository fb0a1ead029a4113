package io.vitrine.events;

import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One shopper interaction. {@code userId} is an account id, or {@code anon:<session>} for anonymous shoppers, so
 * their history can be merged at login. {@code source} attributes clicks, e.g. {@code recommendation:similar}.
 * The id is the caller's idempotency key when given, so a retried POST stores the event once.
 */
@Entity("events")
public class Interaction {

    public static final String ANONYMOUS_PREFIX = "anon:";

    @Id
    private String id;
    @Column
    private InteractionType type;
    @Column
    private String userId;
    @Column
    private String productId;
    @Column
    private long occurredAt;
    @Column
    private String source;
    @Column
    private Integer rating;
    @Column
    private int quantity;
    @Column
    private String query;
    @Column
    private Integer resultCount;

    protected Interaction() {
    }

    private Interaction(String id, InteractionType type, String userId, String productId, Instant at, String source,
                        Integer rating, int quantity, String query, Integer resultCount) {
        this.id = Objects.requireNonNull(id);
        this.type = Objects.requireNonNull(type, "type");
        this.userId = requireText(userId, "userId");
        this.productId = productId;
        this.occurredAt = Objects.requireNonNull(at, "time").toEpochMilli();
        this.source = source;
        this.rating = rating;
        this.quantity = quantity;
        this.query = query;
        this.resultCount = resultCount;
        if (type == InteractionType.RATING && (rating == null || rating < 1 || rating > 5)) {
            throw new InvalidInputException("a rating event needs a rating from 1 to 5");
        }
        if (type != InteractionType.RATING && rating != null) {
            throw new InvalidInputException("only rating events carry a rating");
        }
        if (type == InteractionType.SEARCH ? query == null : productId == null) {
            throw new InvalidInputException(type == InteractionType.SEARCH
                    ? "a search event needs its query" : "a " + type.wireName() + " event needs a productId");
        }
        if (quantity < 0) {
            throw new InvalidInputException("quantity cannot be negative");
        }
    }

    public static Interaction of(InteractionType type, String userId, String productId, Instant at) {
        return new Interaction(UUID.randomUUID().toString(), type, userId, productId, at, null, null,
                type == InteractionType.PURCHASE || type == InteractionType.ADD_TO_CART ? 1 : 0, null, null);
    }

    public static Interaction rating(String userId, String productId, int stars, Instant at) {
        return new Interaction(UUID.randomUUID().toString(), InteractionType.RATING, userId, productId, at, null, stars,
                0, null, null);
    }

    public static Interaction search(String userId, String query, int resultCount, Instant at) {
        return new Interaction(UUID.randomUUID().toString(), InteractionType.SEARCH, userId, null, at, null, null, 0,
                query, resultCount);
    }

    /** A copy with the given id (an idempotency key or an import key). */
    public Interaction withId(String newId) {
        return new Interaction(requireText(newId, "id"), type, userId, productId, occurredAt(), source, rating,
                quantity, query, resultCount);
    }

    /** A copy credited to another shopper: an anonymous session's events become the account's at log-in. */
    public Interaction withUser(String newUserId) {
        return new Interaction(id, type, newUserId, productId, occurredAt(), source, rating, quantity, query, resultCount);
    }

    public Interaction withSource(String newSource) {
        return new Interaction(id, type, userId, productId, occurredAt(), newSource, rating, quantity, query, resultCount);
    }

    public Interaction withQuantity(int newQuantity) {
        return new Interaction(id, type, userId, productId, occurredAt(), source, rating, newQuantity, query, resultCount);
    }

    public String id() {
        return id;
    }

    public InteractionType type() {
        return type;
    }

    public String userId() {
        return userId;
    }

    public boolean anonymous() {
        return userId.startsWith(ANONYMOUS_PREFIX);
    }

    public Optional<String> productId() {
        return Optional.ofNullable(productId);
    }

    public Instant occurredAt() {
        return Instant.ofEpochMilli(occurredAt);
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    public Optional<Integer> rating() {
        return Optional.ofNullable(rating);
    }

    public int quantity() {
        return quantity;
    }

    public Optional<String> query() {
        return Optional.ofNullable(query);
    }

    public Optional<Integer> resultCount() {
        return Optional.ofNullable(resultCount);
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new InvalidInputException(what + " is required");
        }
        return s.strip();
    }
}
