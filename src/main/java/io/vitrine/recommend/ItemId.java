package io.vitrine.recommend;

import java.util.Objects;

/** A product as the recommender sees it: an opaque string id (the catalogue's product id). */
public record ItemId(String value) implements java.io.Serializable {

    public ItemId {
        Objects.requireNonNull(value, "value");
    }

    public static ItemId of(String value) {
        return new ItemId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
