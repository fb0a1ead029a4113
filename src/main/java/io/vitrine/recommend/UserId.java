package io.vitrine.recommend;

import java.util.Objects;

/** A shopper (customer id or anonymous session id) as the recommender sees it. */
public record UserId(String value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
