package io.vitrine.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The dense numbering 0..size-1 of the items a model was trained on. Models keep their vectors and matrices by
 * this number; the mapping to {@link ItemId} stays in here. Immutable.
 */
public final class ItemIndex implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ItemId> ids;
    private final Map<ItemId, Integer> indexes;

    private ItemIndex(List<ItemId> ids) {
        this.ids = List.copyOf(ids);
        this.indexes = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < this.ids.size(); i++) {
            if (indexes.put(this.ids.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate item " + this.ids.get(i));
            }
        }
    }

    public static ItemIndex of(Collection<ItemId> ids) {
        return new ItemIndex(new ArrayList<>(ids));
    }

    public int size() {
        return ids.size();
    }

    public ItemId get(int index) {
        return ids.get(index);
    }

    public OptionalInt indexOf(ItemId id) {
        Integer i = indexes.get(id);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Indexes of the history's events in time order (unknown items are skipped, repeats kept). */
    public int[] sequence(UserHistory history) {
        int[] seq = new int[history.events().size()];
        int n = 0;
        for (WeightedEvent e : history.events()) {
            Integer i = indexes.get(e.item());
            if (i != null) {
                seq[n++] = i;
            }
        }
        return Arrays.copyOf(seq, n);
    }

    /** The history as a dense vector of summed weights over this index. */
    public float[] vector(UserHistory history) {
        float[] x = new float[size()];
        for (WeightedEvent e : history.events()) {
            Integer i = indexes.get(e.item());
            if (i != null) {
                x[i] += (float) e.weight();
            }
        }
        return x;
    }
}
