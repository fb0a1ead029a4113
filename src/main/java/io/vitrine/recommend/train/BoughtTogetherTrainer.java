package io.vitrine.recommend.train;

import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.ItemIndex;
import io.vitrine.recommend.NeighbourRecommender;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Frequently bought together: for items i, j appearing together in at least {@code minSupport} orders,
 * lift(i, j) = N x count(i and j) / (count(i) x count(j)) with N orders; lift > 1 means "more often together than
 * chance". Keeps the {@code keep} highest-lift partners per item.
 */
public final class BoughtTogetherTrainer {

    private final int minSupport;
    private final int keep;

    public BoughtTogetherTrainer(int minSupport, int keep) {
        if (minSupport < 1 || keep < 1) {
            throw new IllegalArgumentException("minSupport >= 1 and keep >= 1 required");
        }
        this.minSupport = minSupport;
        this.keep = keep;
    }

    /**
     * @param data    gives the item numbering shared with the other models
     * @param baskets one collection of items per order; items unknown to {@code data} are ignored
     */
    public NeighbourRecommender train(Interactions data, Collection<? extends Collection<ItemId>> baskets) {
        ItemIndex items = data.items();
        int n = items.size();
        List<int[]> orders = new ArrayList<>();
        int[] single = new int[n];
        for (Collection<ItemId> basket : baskets) {
            int[] idx = basket.stream().distinct().map(items::indexOf).filter(i -> i.isPresent())
                    .mapToInt(i -> i.getAsInt()).toArray();
            if (idx.length > 0) {
                orders.add(idx);
                for (int i : idx) {
                    single[i]++;
                }
            }
        }
        // inverted index item -> orders, so each item's pair counts fill one dense row without boxing
        int[][] ordersOf = new int[n][];
        for (int i = 0; i < n; i++) {
            ordersOf[i] = new int[single[i]];
        }
        int[] fill = new int[n];
        for (int o = 0; o < orders.size(); o++) {
            for (int i : orders.get(o)) {
                ordersOf[i][fill[i]++] = o;
            }
        }
        double total = orders.size();
        Neighbours out = new Neighbours(n);
        IntStream.range(0, n).parallel().forEach(i -> {
            int[] together = new int[n];
            for (int o : ordersOf[i]) {
                for (int j : orders.get(o)) {
                    together[j]++;
                }
            }
            float[] lift = new float[n];
            for (int j = 0; j < n; j++) {
                if (j != i && together[j] >= minSupport) {
                    lift[j] = (float) (total * together[j] / ((double) single[i] * single[j]));
                }
            }
            out.set(i, lift, keep);
        });
        return new NeighbourRecommender(items, out.index, out.value, io.vitrine.recommend.Reason.Kind.BOUGHT_WITH);
    }

    /**
     * Orders reconstructed from events when no order ids are at hand: a user's consecutive events at most
     * {@code gap} time units apart form one basket.
     */
    public static List<Set<ItemId>> sessions(Interactions data, long gap) {
        List<Set<ItemId>> baskets = new ArrayList<>();
        for (int u = 0; u < data.userCount(); u++) {
            int[] seq = data.sequenceOf(u);
            long[] t = data.sequenceTimesOf(u);
            Set<ItemId> basket = new LinkedHashSet<>();
            for (int k = 0; k < seq.length; k++) {
                if (k > 0 && t[k] - t[k - 1] > gap) {
                    baskets.add(Set.copyOf(basket));
                    basket.clear();
                }
                basket.add(data.items().get(seq[k]));
            }
            if (!basket.isEmpty()) {
                baskets.add(Set.copyOf(basket));
            }
        }
        return baskets;
    }
}
