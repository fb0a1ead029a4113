package io.vitrine.catalog;

import java.util.Arrays;
import java.util.Map;

/**
 * The snapshot's product id -> slot map, immutable: an open-addressing table (linear probing) in two arrays, so a new
 * version is two array copies and the batch's puts. A {@code HashMap} copy per import batch made one object per
 * product each time (100,000 of them per batch at 100,000 products), a cost that grew with the catalogue.
 */
final class IdOrdinals {

    private static final IdOrdinals EMPTY = new IdOrdinals(new String[8], new int[8], 0);

    private final String[] keys;
    private final int[] values;
    private final int size;

    private IdOrdinals(String[] keys, int[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    static IdOrdinals empty() {
        return EMPTY;
    }

    int size() {
        return size;
    }

    /** The slot of {@code id}, or -1. */
    int get(String id) {
        int mask = keys.length - 1;
        for (int i = slot(id, mask); keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].equals(id)) {
                return values[i];
            }
        }
        return -1;
    }

    boolean contains(String id) {
        return get(id) >= 0;
    }

    /** This map with {@code put} added or replaced and {@code removed} taken out (a removed id wins). */
    IdOrdinals with(Map<String, Integer> put, Iterable<String> removed) {
        int capacity = keys.length;
        while ((size + put.size()) * 2 > capacity) {
            capacity *= 2;
        }
        Editor e = capacity == keys.length ? new Editor(keys.clone(), values.clone(), size) : rehashed(capacity);
        put.forEach(e::put);
        removed.forEach(e::remove);
        return new IdOrdinals(e.keys, e.values, e.size);
    }

    private Editor rehashed(int capacity) {
        Editor e = new Editor(new String[capacity], new int[capacity], 0);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                e.put(keys[i], values[i]);
            }
        }
        return e;
    }

    private static int slot(String id, int mask) {
        int h = id.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** The new version's arrays while it is made (never seen by a reader). */
    private static final class Editor {
        final String[] keys;
        final int[] values;
        int size;

        Editor(String[] keys, int[] values, int size) {
            this.keys = keys;
            this.values = values;
            this.size = size;
        }

        void put(String id, int ordinal) {
            int mask = keys.length - 1;
            int i = slot(id, mask);
            while (keys[i] != null && !keys[i].equals(id)) {
                i = (i + 1) & mask;
            }
            if (keys[i] == null) {
                keys[i] = id;
                size++;
            }
            values[i] = ordinal;
        }

        /** Linear probing's deletion: the entries after the hole that would no longer be found move back into it. */
        void remove(String id) {
            int mask = keys.length - 1;
            int i = slot(id, mask);
            while (keys[i] != null && !keys[i].equals(id)) {
                i = (i + 1) & mask;
            }
            if (keys[i] == null) {
                return;
            }
            size--;
            int hole = i;
            for (int j = (hole + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
                int home = slot(keys[j], mask);
                // j's entry may fill the hole when its home is not in (hole, j] (cyclically)
                boolean between = hole <= j ? hole < home && home <= j : hole < home || home <= j;
                if (!between) {
                    keys[hole] = keys[j];
                    values[hole] = values[j];
                    hole = j;
                }
            }
            keys[hole] = null;
            values[hole] = 0;
        }
    }

    @Override
    public String toString() {
        return "IdOrdinals[" + size + " of " + keys.length + "]" + (size < 10 ? Arrays.toString(keys) : "");
    }
}
