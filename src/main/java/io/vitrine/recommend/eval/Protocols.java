package io.vitrine.recommend.eval;

import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** The evaluation protocols of {@code ../shared/datasets/README.md}, so that our figures compare with published ones. */
public final class Protocols {

    private Protocols() {
    }

    /**
     * Per-user stratified random split (ML-100K protocol): each user's events are shuffled with one seeded
     * generator and round(trainFraction x n) of them train, the rest are the user's relevant test items.
     * Test items the training data never saw are dropped (no model can rank them), as are users left without test items.
     */
    public static Split stratified(List<WeightedEvent> events, double trainFraction, long seed) {
        Random random = new Random(seed);
        List<WeightedEvent> train = new ArrayList<>();
        Map<UserId, List<WeightedEvent>> held = new LinkedHashMap<>();
        for (List<WeightedEvent> user : byUser(events).values()) {
            List<WeightedEvent> shuffled = new ArrayList<>(user);
            Collections.shuffle(shuffled, random);
            int cut = (int) Math.round(trainFraction * shuffled.size());
            train.addAll(shuffled.subList(0, cut));
            if (cut < shuffled.size()) {
                held.put(user.get(0).user(), shuffled.subList(cut, shuffled.size()));
            }
        }
        return split(train, held);
    }

    /**
     * Leave-last-out (Amazon Beauty protocol): the last event of each user is the test target; the validation
     * split of the same data is the same protocol one step earlier, so tuning never sees a test target.
     */
    public static Split leaveLastOut(List<WeightedEvent> events) {
        List<WeightedEvent> train = new ArrayList<>();
        Map<UserId, List<WeightedEvent>> held = new LinkedHashMap<>();
        for (List<WeightedEvent> user : byUser(events).values()) {
            List<WeightedEvent> ordered = new ArrayList<>(user);
            ordered.sort(Comparator.comparingLong(WeightedEvent::timestamp));
            if (ordered.size() < 2) {
                train.addAll(ordered);
                continue;
            }
            train.addAll(ordered.subList(0, ordered.size() - 1));
            held.put(ordered.get(0).user(), List.of(ordered.get(ordered.size() - 1)));
        }
        return split(train, held);
    }

    /** The training events of a split, to carve a validation split from with the same protocol. */
    public static List<WeightedEvent> trainingEvents(Split split) {
        Interactions t = split.train();
        List<WeightedEvent> out = new ArrayList<>(t.eventCount());
        for (int u = 0; u < t.userCount(); u++) {
            out.addAll(t.history(u).events());
        }
        return out;
    }

    private static Split split(List<WeightedEvent> train, Map<UserId, List<WeightedEvent>> held) {
        Interactions data = Interactions.of(train);
        Map<UserId, Set<ItemId>> test = new LinkedHashMap<>();
        held.forEach((user, evs) -> {
            Set<ItemId> items = new HashSet<>();
            for (WeightedEvent e : evs) {
                if (data.items().indexOf(e.item()).isPresent()) {
                    items.add(e.item());
                }
            }
            if (!items.isEmpty() && data.userIndex(user).isPresent()) {
                test.put(user, items);
            }
        });
        return new Split(data, test);
    }

    private static Map<UserId, List<WeightedEvent>> byUser(List<WeightedEvent> events) {
        Map<UserId, List<WeightedEvent>> byUser = new LinkedHashMap<>();
        for (WeightedEvent e : events) {
            byUser.computeIfAbsent(e.user(), u -> new ArrayList<>()).add(e);
        }
        return byUser;
    }
}
