package io.vitrine.customer;

import java.util.Objects;

/**
 * A seller's logo as stored ({@code seller_logos}, one per seller, keyed by the seller's id: {@link MongoSellerLogos}):
 * a JPEG or PNG that {@link SellerProfiles} checked before storing it. {@code version} (the SHA-256 of the bytes)
 * changes with the image, so pages can link to it with a cache-busting query and the API answer it with an entity tag.
 */
public record SellerLogo(String sellerId, String contentType, byte[] data, int width, int height, String version,
                         long updatedAt) {

    public SellerLogo {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(contentType, "contentType");
        data = Objects.requireNonNull(data, "data").clone();
    }

    /** A copy: the stored bytes stay as they were checked. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Where pages and partners read it ({@code customer.api.SellerProfileResource}). */
    public static String url(String sellerId, String version) {
        return "/api/v1/sellers/" + sellerId + "/logo?v=" + version.substring(0, Math.min(12, version.length()));
    }
}
