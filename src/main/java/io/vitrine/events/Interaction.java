package io.vitrine.events;

import io.vitrine.platform.EpochMillis;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.OptionalColumn;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static io.vitrine.platform.OptionalColumn.present;

/**
 * One shopper interaction. {@code userId} is an account id, or {@code anon:<session>} for anonymous shoppers, so
 * their history can be merged at login. {@code source} attributes clicks, e.g. {@code recommendation:similar}.
 * The id is made from the caller's idempotency key when given, so a retried POST stores the event once, else it is
 * a time-ordered one ({@link EventIds}). A record the database maps through its canonical constructor; the document
 * keeps its fields ({@code occurredAt} in epoch milliseconds, absent values null), so events stored before read the
 * same.
 */
@Entity("events")
public record Interaction(@Id String id, @Column InteractionType type, @Column String userId,
                          @Column @Convert(OptionalColumn.Text.class) Optional<String> productId,
                          @Column @Convert(EpochMillis.class) Instant occurredAt,
                          @Column @Convert(OptionalColumn.Text.class) Optional<String> source,
                          @Column @Convert(OptionalColumn.Whole.class) Optional<Integer> rating,
                          @Column int quantity,
                          @Column @Convert(OptionalColumn.Text.class) Optional<String> query,
                          @Column @Convert(OptionalColumn.Whole.class) Optional<Integer> resultCount) {

    public static final String ANONYMOUS_PREFIX = "anon:";

    public Interaction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type, "type");
        userId = requireText(userId, "userId");
        productId = present(productId);
        occurredAt = EpochMillis.of(Objects.requireNonNull(occurredAt, "time"));
        source = present(source);
        rating = present(rating);
        query = present(query);
        resultCount = present(resultCount);
        if (type == InteractionType.RATING && rating.filter(r -> r >= 1 && r <= 5).isEmpty()) {
            throw new InvalidInputException("a rating event needs a rating from 1 to 5");
        }
        if (type != InteractionType.RATING && rating.isPresent()) {
            throw new InvalidInputException("only rating events carry a rating");
        }
        if (type == InteractionType.SEARCH ? query.isEmpty() : productId.isEmpty()) {
            throw new InvalidInputException(type == InteractionType.SEARCH
                    ? "a search event needs its query" : "a " + type.wireName() + " event needs a productId");
        }
        if (quantity < 0) {
            throw new InvalidInputException("quantity cannot be negative");
        }
    }

    private Interaction(InteractionType type, String userId, String productId, Instant at, Integer rating, int quantity,
                        String query, Integer resultCount) {
        this(EventIds.fresh(), type, userId, Optional.ofNullable(productId), at, Optional.empty(),
                Optional.ofNullable(rating), quantity, Optional.ofNullable(query), Optional.ofNullable(resultCount));
    }

    public static Interaction of(InteractionType type, String userId, String productId, Instant at) {
        return new Interaction(type, userId, productId, at, null,
                type == InteractionType.PURCHASE || type == InteractionType.ADD_TO_CART ? 1 : 0, null, null);
    }

    public static Interaction rating(String userId, String productId, int stars, Instant at) {
        return new Interaction(InteractionType.RATING, userId, productId, at, stars, 0, null, null);
    }

    public static Interaction search(String userId, String query, int resultCount, Instant at) {
        return new Interaction(InteractionType.SEARCH, userId, null, at, null, 0, query, resultCount);
    }

    /** A copy with the given id (an idempotency key or an import key). */
    public Interaction withId(String newId) {
        return new Interaction(requireText(newId, "id"), type, userId, productId, occurredAt, source, rating,
                quantity, query, resultCount);
    }

    /** A copy credited to another shopper: an anonymous session's events become the account's at log-in. */
    public Interaction withUser(String newUserId) {
        return new Interaction(id, type, newUserId, productId, occurredAt, source, rating, quantity, query, resultCount);
    }

    public Interaction withSource(String newSource) {
        return new Interaction(id, type, userId, productId, occurredAt, Optional.ofNullable(newSource), rating, quantity,
                query, resultCount);
    }

    public Interaction withQuantity(int newQuantity) {
        return new Interaction(id, type, userId, productId, occurredAt, source, rating, newQuantity, query, resultCount);
    }

    public boolean anonymous() {
        return userId.startsWith(ANONYMOUS_PREFIX);
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new InvalidInputException(what + " is required");
        }
        return s.strip();
    }
}
