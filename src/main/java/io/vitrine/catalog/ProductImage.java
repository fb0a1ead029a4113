package io.vitrine.catalog;

import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A product photo stored in MongoDB as a binary document (images are small JPEGs/PNGs, far below the 16 MB document
 * limit, so GridFS chunking would only add round trips). The id is the SHA-256 of the bytes: the same photo is
 * stored once and its URL can be cached forever.
 */
@Entity("images")
public class ProductImage {

    public static final int MAX_BYTES = 4 * 1024 * 1024;

    @Id
    private String id;
    @Column
    private String productId;
    @Column
    private String contentType;
    @Column
    private byte[] data;
    @Column
    private int width;
    @Column
    private int height;
    @Column
    private long createdAt;

    protected ProductImage() {
    }

    public ProductImage(ProductId productId, String contentType, byte[] data, int width, int height) {
        Objects.requireNonNull(data, "image bytes");
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new InvalidInputException("an image must hold 1 byte to " + MAX_BYTES + " bytes");
        }
        if (!contentType.equals("image/jpeg") && !contentType.equals("image/png")) {
            throw new InvalidInputException("only JPEG and PNG images are stored");
        }
        this.id = sha256(data);
        this.productId = productId.value();
        this.contentType = contentType;
        this.data = data.clone();
        this.width = width;
        this.height = height;
        this.createdAt = Instant.now().toEpochMilli();
    }

    /** Where an image is served (see {@code catalog.api.ImageResource}); its content never changes. */
    public static String url(String imageId) {
        return "/api/v1/images/" + imageId;
    }

    public String id() {
        return id;
    }

    public ProductId productId() {
        return new ProductId(productId);
    }

    public String contentType() {
        return contentType;
    }

    public byte[] data() {
        return data.clone();
    }

    public int size() {
        return data.length;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    /** The id an image with these bytes has (public so importers can recognise an already stored photo). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
