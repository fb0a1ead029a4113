package io.vitrine.recommend.eval;

import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.UserId;
import java.util.Map;
import java.util.Set;

/** Training data and, per evaluated user, the held-out items a good ranking puts on top. */
public record Split(Interactions train, Map<UserId, Set<ItemId>> test) {

    public Split {
        test = Map.copyOf(test);
    }
}
