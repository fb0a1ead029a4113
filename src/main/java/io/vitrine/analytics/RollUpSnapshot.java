package io.vitrine.analytics;

import io.vitrine.platform.startup.EventCheckpoint;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The roll-up's cube and how far it has read the events, as saved between starts ({@code platform/startup/Snapshots}):
 * a warm start reads it back and then only the events since ({@link EventCheckpoint}), instead of every stored event
 * (97 s at ten times the demo store). Saved: every product's daily counters, the orders per seller and day, the
 * zero-result searches, and the per-shopper memories that attribute what comes next (last search, cart sources,
 * order numbers counted); not the catalogue's product details, which each roll-up reads afresh. Whole numbers as
 * variable-length zig-zag bytes, everything in key order, so one content always writes the same bytes. {@link #FORMAT}
 * changes with the layout (or with what the cube counts): a snapshot of another format is not read, and the roll-up
 * reads every event again.
 */
record RollUpSnapshot(SalesCube cube, EventCheckpoint checkpoint) {

    static final String NAME = "analytics-rollup";
    /** 1: the cube of issue 8 (views, carts, purchases, units, revenue, stars, recommendation revenue, searches). */
    static final int FORMAT = 1;
    private static final int MAX = 100_000_000;

    void write(DataOutput out) throws IOException {
        checkpoint.write(out);
        writeCube(cube, out);
    }

    static RollUpSnapshot read(DataInput in) throws IOException {
        EventCheckpoint checkpoint = EventCheckpoint.read(in);
        return new RollUpSnapshot(readCube(in), checkpoint);
    }

    /** The cube alone, in its saved form (also how tests compare two cubes). */
    static void writeCube(SalesCube c, DataOutput out) throws IOException {
        TreeMap<String, SalesCube.Facts> facts = new TreeMap<>(c.facts);
        out.writeInt(facts.size());
        for (Map.Entry<String, SalesCube.Facts> e : facts.entrySet()) {
            SalesCube.Facts f = e.getValue();
            out.writeUTF(e.getKey());
            out.writeUTF(f.sellerId);
            synchronized (f) {
                writeLong(out, f.days.size());
                long previous = 0;
                for (Map.Entry<Long, SalesCube.Day> day : f.days.entrySet()) {
                    writeLong(out, day.getKey() - previous);
                    previous = day.getKey();
                    SalesCube.Day d = day.getValue();
                    for (long n : new long[]{d.views, d.carts, d.purchases, d.units, d.revenueCents}) {
                        writeLong(out, n);
                    }
                    for (long n : d.stars) {
                        writeLong(out, n);
                    }
                    writeCounts(out, d.recommendationRevenue);
                    writeCounts(out, d.searches);
                }
            }
        }
        TreeMap<String, TreeMap<Long, long[]>> sellers = new TreeMap<>(c.sellerOrders);
        out.writeInt(sellers.size());
        for (Map.Entry<String, TreeMap<Long, long[]>> e : sellers.entrySet()) {
            out.writeUTF(e.getKey());
            synchronized (e.getValue()) {
                writeDays(out, e.getValue());
            }
        }
        synchronized (c.shopOrders) {
            writeDays(out, c.shopOrders);
        }
        synchronized (c.zeroResults) {
            out.writeInt(c.zeroResults.size());
            for (Map.Entry<Long, Map<String, Long>> e : c.zeroResults.entrySet()) {
                writeLong(out, e.getKey());
                writeCounts(out, e.getValue());
            }
        }
        TreeMap<String, SalesCube.LastSearch> searches = new TreeMap<>(c.lastSearch);
        out.writeInt(searches.size());
        for (Map.Entry<String, SalesCube.LastSearch> e : searches.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue().query());
            writeLong(out, e.getValue().at());
        }
        TreeMap<String, String> carts = new TreeMap<>(c.cartSources);
        out.writeInt(carts.size());
        for (Map.Entry<String, String> e : carts.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        String[] orders = c.orderNumbers.toArray(String[]::new);
        java.util.Arrays.sort(orders);
        out.writeInt(orders.length);
        for (String number : orders) {
            out.writeUTF(number);
        }
    }

    static SalesCube readCube(DataInput in) throws IOException {
        SalesCube c = new SalesCube();
        for (int i = 0, n = size(in.readInt()); i < n; i++) {
            String product = in.readUTF();
            SalesCube.Facts f = c.facts(product, in.readUTF());
            long day = 0;
            for (long j = 0, days = size(readLong(in)); j < days; j++) {
                day += readLong(in);
                SalesCube.Day d = new SalesCube.Day();
                d.views = readLong(in);
                d.carts = readLong(in);
                d.purchases = readLong(in);
                d.units = readLong(in);
                d.revenueCents = readLong(in);
                for (int s = 0; s < d.stars.length; s++) {
                    d.stars[s] = readLong(in);
                }
                d.recommendationRevenue = readCounts(in);
                d.searches = readCounts(in);
                f.days.put(day, d);
            }
        }
        for (int i = 0, n = size(in.readInt()); i < n; i++) {
            c.sellerOrders.put(in.readUTF(), readDays(in));
        }
        c.shopOrders.putAll(readDays(in));
        for (int i = 0, n = size(in.readInt()); i < n; i++) {
            long day = readLong(in);
            Map<String, Long> queries = readCounts(in);
            c.zeroResults.put(day, queries == null ? new HashMap<>() : queries);
        }
        for (int i = 0, n = size(in.readInt()); i < n; i++) {
            String user = in.readUTF();
            c.lastSearch.put(user, new SalesCube.LastSearch(in.readUTF(), readLong(in)));
        }
        for (int i = 0, n = size(in.readInt()); i < n; i++) {
            c.cartSources.put(in.readUTF(), in.readUTF());
        }
        for (int i = 0, n = size(in.readInt()); i < n; i++) {
            c.orderNumbers.add(in.readUTF());
        }
        return c;
    }

    /** A map of counters (absent: none), in key order. */
    private static void writeCounts(DataOutput out, Map<String, Long> counts) throws IOException {
        if (counts == null) {
            writeLong(out, 0);
            return;
        }
        writeLong(out, counts.size());
        for (Map.Entry<String, Long> e : new TreeMap<>(counts).entrySet()) {
            out.writeUTF(e.getKey());
            writeLong(out, e.getValue());
        }
    }

    private static Map<String, Long> readCounts(DataInput in) throws IOException {
        int n = size(readLong(in));
        if (n == 0) {
            return null;
        }
        Map<String, Long> counts = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            counts.put(in.readUTF(), readLong(in));
        }
        return counts;
    }

    private static void writeDays(DataOutput out, TreeMap<Long, long[]> days) throws IOException {
        writeLong(out, days.size());
        for (Map.Entry<Long, long[]> e : days.entrySet()) {
            writeLong(out, e.getKey());
            writeLong(out, e.getValue()[0]);
        }
    }

    private static TreeMap<Long, long[]> readDays(DataInput in) throws IOException {
        TreeMap<Long, long[]> days = new TreeMap<>();
        for (int i = 0, n = size(readLong(in)); i < n; i++) {
            long day = readLong(in);
            days.put(day, new long[]{readLong(in)});
        }
        return days;
    }

    private static int size(long n) throws IOException {
        if (n < 0 || n > MAX) {
            throw new IOException("not a roll-up snapshot: a size of " + n);
        }
        return (int) n;
    }

    /** Zig-zag, then 7 bits a byte: the cube's counters are mostly below 128, one byte instead of eight. */
    static void writeLong(DataOutput out, long v) throws IOException {
        long z = (v << 1) ^ (v >> 63);
        while ((z & ~0x7FL) != 0) {
            out.writeByte((int) ((z & 0x7F) | 0x80));
            z >>>= 7;
        }
        out.writeByte((int) z);
    }

    static long readLong(DataInput in) throws IOException {
        long z = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            z |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (z >>> 1) ^ -(z & 1);
            }
        }
        throw new IOException("not a roll-up snapshot: a number of more than 64 bits");
    }
}
