package io.vitrine.recommend;

import java.util.Objects;

/**
 * One shopper event reduced to what the algorithms need: who, what, how strong (purchase > cart > like > view,
 * or a rating) and when (epoch seconds, or any increasing counter when only the order is known).
 */
public record WeightedEvent(UserId user, ItemId item, double weight, long timestamp) {

    public WeightedEvent {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(item, "item");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive and finite: " + weight);
        }
    }

    public static WeightedEvent of(String user, String item, double weight, long timestamp) {
        return new WeightedEvent(UserId.of(user), ItemId.of(item), weight, timestamp);
    }
}
