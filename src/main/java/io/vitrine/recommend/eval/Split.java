package io.vitrine.recommend.eval;

import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Training data and, per evaluated user, the held-out items a good ranking puts on top. */
public record Split(Interactions train, Map<UserId, Set<ItemId>> test) {

    public Split {
        test = Map.copyOf(test);
    }

    /** The same training data with at most {@code users} randomly chosen test users: cheaper tuning on big data sets. */
    public Split sample(int users, long seed) {
        if (test.size() <= users) {
            return this;
        }
        List<UserId> all = new ArrayList<>(test.keySet());
        all.sort(Comparator.comparing(UserId::value));
        Collections.shuffle(all, new Random(seed));
        Map<UserId, Set<ItemId>> kept = new LinkedHashMap<>();
        for (UserId user : all.subList(0, users)) {
            kept.put(user, test.get(user));
        }
        return new Split(train, kept);
    }
}
