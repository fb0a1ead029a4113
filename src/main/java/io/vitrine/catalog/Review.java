package io.vitrine.catalog;

import io.vitrine.platform.EpochMillis;
import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A shopper's written review of a product: stars and a text, signed with the name the shopper chose. The stars also
 * count in the product's rating summary ({@link CatalogService#review}). Text is stored as typed; pages escape it.
 *
 * @param author the shopper's chosen name; empty when they chose none (pages then say "a shopper")
 */
@Entity("reviews")
public record Review(@Id String id, @Column @Convert(ProductIdColumn.class) ProductId productId,
                     @Column String accountId, @Column String author, @Column int stars, @Column String text,
                     @Column @Convert(EpochMillis.class) Instant createdAt) {

    public static final int MAX_TEXT = 2000;

    public Review {
        createdAt = EpochMillis.of(createdAt);
    }

    /** A new review, checked: an account, 1 to 5 stars and a text of at most {@link #MAX_TEXT} characters. */
    public Review(ProductId product, String accountId, String author, int stars, String text, Instant at) {
        this(UUID.randomUUID().toString(), Objects.requireNonNull(product, "product"), account(accountId),
                author == null || author.isBlank() ? "" : author.strip(), stars(stars), text(text), at);
    }

    private static String account(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw new InvalidInputException("a review needs the shopper's account");
        }
        return accountId;
    }

    private static int stars(int stars) {
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("a rating is 1 to 5 stars");
        }
        return stars;
    }

    private static String text(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException("a review needs a text");
        }
        if (t.length() > MAX_TEXT) {
            throw new InvalidInputException("a review holds at most " + MAX_TEXT + " characters");
        }
        return t;
    }
}
