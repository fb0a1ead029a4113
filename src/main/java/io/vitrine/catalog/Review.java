package io.vitrine.catalog;

import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A shopper's written review of a product: stars and a text, signed with the name the shopper chose. The stars also
 * count in the product's rating summary ({@link CatalogService#review}). Text is stored as typed; pages escape it.
 */
@Entity("reviews")
public class Review {

    public static final int MAX_TEXT = 2000;

    @Id
    private String id;
    @Column
    private String productId;
    @Column
    private String accountId;
    @Column
    private String author;
    @Column
    private int stars;
    @Column
    private String text;
    @Column
    private long createdAt;

    protected Review() {
    }

    public Review(ProductId product, String accountId, String author, int stars, String text, Instant at) {
        Objects.requireNonNull(product, "product");
        if (accountId == null || accountId.isBlank()) {
            throw new InvalidInputException("a review needs the shopper's account");
        }
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("a rating is 1 to 5 stars");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException("a review needs a text");
        }
        if (t.length() > MAX_TEXT) {
            throw new InvalidInputException("a review holds at most " + MAX_TEXT + " characters");
        }
        this.id = UUID.randomUUID().toString();
        this.productId = product.value();
        this.accountId = accountId;
        this.author = author == null || author.isBlank() ? "" : author.strip();
        this.stars = stars;
        this.text = t;
        this.createdAt = at.toEpochMilli();
    }

    public String id() {
        return id;
    }

    public ProductId productId() {
        return new ProductId(productId);
    }

    public String accountId() {
        return accountId;
    }

    /** The shopper's chosen name; empty when they chose none (pages then say "a shopper"). */
    public String author() {
        return author;
    }

    public int stars() {
        return stars;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAt);
    }
}
