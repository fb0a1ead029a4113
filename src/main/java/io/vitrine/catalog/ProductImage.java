package io.vitrine.catalog;

import io.vitrine.platform.EpochMillis;
import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
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
 * stored once and its URL can be cached forever. A record the database maps through its canonical constructor; the
 * product id is stored as its string and {@code createdAt} as epoch milliseconds, as they always were.
 */
@Entity("images")
public record ProductImage(@Id String id, @Column @Convert(ProductIdColumn.class) ProductId productId,
                           @Column String contentType, @Column byte[] data, @Column int width, @Column int height,
                           @Column @Convert(EpochMillis.class) Instant createdAt) {

    public static final int MAX_BYTES = 4 * 1024 * 1024;

    public ProductImage {
        createdAt = EpochMillis.of(createdAt);
    }

    /** A new photo, checked: 1 byte to {@link #MAX_BYTES}, JPEG or PNG; its id is the hash of the bytes. */
    public ProductImage(ProductId productId, String contentType, byte[] data, int width, int height) {
        this(sha256(checked(data)), Objects.requireNonNull(productId, "productId"), checkedType(contentType),
                data.clone(), width, height, Instant.now());
    }

    private static byte[] checked(byte[] data) {
        Objects.requireNonNull(data, "image bytes");
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new InvalidInputException("an image must hold 1 byte to " + MAX_BYTES + " bytes");
        }
        return data;
    }

    private static String checkedType(String contentType) {
        if (!contentType.equals("image/jpeg") && !contentType.equals("image/png")) {
            throw new InvalidInputException("only JPEG and PNG images are stored");
        }
        return contentType;
    }

    /** Where an image is served (see {@code catalog.api.ImageResource}); its content never changes. */
    public static String url(String imageId) {
        return "/api/v1/images/" + imageId;
    }

    /** A copy of the bytes: the stored photo cannot be changed through it. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    public int size() {
        return data.length;
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
