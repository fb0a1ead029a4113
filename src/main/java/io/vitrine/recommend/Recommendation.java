package io.vitrine.recommend;

import java.util.Objects;

/** One recommended item, its score (comparable only within one list) and a reason a shopper can read. */
public record Recommendation(ItemId item, double score, Reason reason) {

    public Recommendation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
    }
}
