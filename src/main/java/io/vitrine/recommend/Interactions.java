package io.vitrine.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The training data of every trainer: a sparse user x item matrix of summed weights plus each user's events in
 * time order. Built once from {@link WeightedEvent}s; users and items are numbered internally, items through the
 * {@link ItemIndex} that the trained models share. Immutable.
 */
public final class Interactions {

    private final ItemIndex items;
    private final List<UserId> users;
    private final Map<UserId, Integer> userIndexes;
    // CSR rows: distinct items of each user (ascending index) and their summed weights
    private final int[][] rowItems;
    private final float[][] rowWeights;
    // events of each user in time order
    private final int[][] seqItems;
    private final float[][] seqWeights;
    private final long[][] seqTimes;
    // CSC columns: users of each item
    private final int[][] colUsers;
    private final float[][] colWeights;
    private final long maxTimestamp;
    private final int eventCount;

    private Interactions(ItemIndex items, List<UserId> users, List<List<WeightedEvent>> byUser) {
        this.items = items;
        this.users = List.copyOf(users);
        this.userIndexes = new HashMap<>();
        for (int u = 0; u < users.size(); u++) {
            userIndexes.put(users.get(u), u);
        }
        int nu = users.size();
        rowItems = new int[nu][];
        rowWeights = new float[nu][];
        seqItems = new int[nu][];
        seqWeights = new float[nu][];
        seqTimes = new long[nu][];
        int[] colCount = new int[items.size()];
        long max = Long.MIN_VALUE;
        int events = 0;
        for (int u = 0; u < nu; u++) {
            List<WeightedEvent> evs = byUser.get(u);
            int m = evs.size();
            events += m;
            seqItems[u] = new int[m];
            seqWeights[u] = new float[m];
            seqTimes[u] = new long[m];
            Map<Integer, Float> sums = new HashMap<>();
            for (int k = 0; k < m; k++) {
                WeightedEvent e = evs.get(k);
                int i = items.indexOf(e.item()).orElseThrow();
                seqItems[u][k] = i;
                seqWeights[u][k] = (float) e.weight();
                seqTimes[u][k] = e.timestamp();
                max = Math.max(max, e.timestamp());
                sums.merge(i, (float) e.weight(), Float::sum);
            }
            int[] row = sums.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] w = new float[row.length];
            for (int k = 0; k < row.length; k++) {
                w[k] = sums.get(row[k]);
                colCount[row[k]]++;
            }
            rowItems[u] = row;
            rowWeights[u] = w;
        }
        colUsers = new int[items.size()][];
        colWeights = new float[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            colUsers[i] = new int[colCount[i]];
            colWeights[i] = new float[colCount[i]];
        }
        int[] fill = new int[items.size()];
        for (int u = 0; u < nu; u++) {
            for (int k = 0; k < rowItems[u].length; k++) {
                int i = rowItems[u][k];
                colUsers[i][fill[i]] = u;
                colWeights[i][fill[i]++] = rowWeights[u][k];
            }
        }
        this.maxTimestamp = events == 0 ? 0 : max;
        this.eventCount = events;
    }

    /** Builds the matrix; items are numbered in order of first appearance. */
    public static Interactions of(Collection<WeightedEvent> events) {
        return of(events, List.of());
    }

    /**
     * Builds the matrix over the given catalogue plus any further item seen in the events, so that items without
     * events yet (cold start) still get an index that content-based models can score.
     */
    public static Interactions of(Collection<WeightedEvent> events, Collection<ItemId> catalogue) {
        Set<ItemId> itemIds = new LinkedHashSet<>(catalogue);
        Map<UserId, List<WeightedEvent>> byUser = new LinkedHashMap<>();
        for (WeightedEvent e : events) {
            itemIds.add(e.item());
            byUser.computeIfAbsent(e.user(), u -> new ArrayList<>()).add(e);
        }
        List<List<WeightedEvent>> lists = new ArrayList<>();
        for (List<WeightedEvent> l : byUser.values()) {
            // stable sort keeps the input order for equal timestamps (sequence data sets have no clock)
            l.sort(Comparator.comparingLong(WeightedEvent::timestamp));
            lists.add(l);
        }
        return new Interactions(ItemIndex.of(itemIds), new ArrayList<>(byUser.keySet()), lists);
    }

    public ItemIndex items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    public int userCount() {
        return users.size();
    }

    public int eventCount() {
        return eventCount;
    }

    public List<UserId> users() {
        return users;
    }

    public UserId user(int u) {
        return users.get(u);
    }

    public Optional<Integer> userIndex(UserId user) {
        return Optional.ofNullable(userIndexes.get(user));
    }

    /** The latest timestamp of all events: "now" for time decay, so training is reproducible. */
    public long maxTimestamp() {
        return maxTimestamp;
    }

    /** Distinct items of user {@code u}, ascending index. The array is a copy. */
    public int[] itemsOf(int u) {
        return rowItems[u].clone();
    }

    /** Summed weights aligned with {@link #itemsOf(int)}. */
    public float[] weightsOf(int u) {
        return rowWeights[u].clone();
    }

    /** User {@code u}'s events in time order, as item indexes (repeats kept). */
    public int[] sequenceOf(int u) {
        return seqItems[u].clone();
    }

    public float[] sequenceWeightsOf(int u) {
        return seqWeights[u].clone();
    }

    public long[] sequenceTimesOf(int u) {
        return seqTimes[u].clone();
    }

    /** Users of item {@code i}, ascending index. */
    public int[] usersOf(int i) {
        return colUsers[i].clone();
    }

    public float[] userWeightsOf(int i) {
        return colWeights[i].clone();
    }

    /** Number of distinct users per item. */
    public int[] itemDegrees() {
        return Arrays.stream(colUsers).mapToInt(c -> c.length).toArray();
    }

    /** User {@code u}'s training events as a query-time history. */
    public UserHistory history(int u) {
        List<WeightedEvent> evs = new ArrayList<>(seqItems[u].length);
        for (int k = 0; k < seqItems[u].length; k++) {
            evs.add(new WeightedEvent(users.get(u), items.get(seqItems[u][k]), seqWeights[u][k], seqTimes[u][k]));
        }
        return new UserHistory(users.get(u), evs);
    }
}
