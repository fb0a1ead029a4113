package io.vitrine.vision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Many stored things read in one query and paired back, in the order asked for, with what asked for them; an asker
 * whose thing is gone (deleted since it was indexed) is dropped.
 */
final class FoundInOrder {

    private FoundInOrder() {
    }

    /**
     * @param asking  what asks, in the order of the answer
     * @param idOf    the id each asker names
     * @param findAll reads every named id in one go (missing ones are simply not returned)
     * @param idOfFound the id of a thing found
     * @param pair    the answer for an asker and its thing
     */
    static <A, T, R> List<R> pair(List<A> asking, Function<A, String> idOf, Function<List<String>, List<T>> findAll,
                                  Function<T, String> idOfFound, BiFunction<A, T, R> pair) {
        if (asking.isEmpty()) {
            return List.of();
        }
        Map<String, T> found = new HashMap<>();
        for (T thing : findAll.apply(asking.stream().map(idOf).toList())) {
            found.put(idOfFound.apply(thing), thing);
        }
        List<R> out = new ArrayList<>(asking.size());
        for (A asker : asking) {
            T thing = found.get(idOf.apply(asker));
            if (thing != null) {
                out.add(pair.apply(asker, thing));
            }
        }
        return out;
    }
}
