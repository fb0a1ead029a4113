package io.vitrine.recommend;

import java.util.List;
import java.util.function.Predicate;

/** Ranks items for one shopper. Implementations are immutable trained models, safe to share between threads. */
public interface Recommender {

    /**
     * At most {@code n} items accepted by {@code filter}, best first, each with a reason.
     * Items of the history are not removed unless the filter removes them (re-buying can be legitimate).
     */
    List<Recommendation> recommend(UserHistory user, int n, Predicate<ItemId> filter);
}
