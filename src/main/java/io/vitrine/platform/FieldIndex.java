package io.vitrine.platform;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A secondary (non-unique) index of the embedded server, which mongo-java-server 1.47 lacks (it ignores
 * {@code createIndexes} for anything but unique indexes, so every query by another field than {@code _id} reads the
 * whole collection). It indexes the index's <em>first</em> field, a top-level one, and serves the queries that
 * pin that field: equality with a string or a number ({@code {userId: "x"}}, {@code {$eq: ...}}) and number
 * ranges ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}), at the top level or in a top-level {@code $and}.
 * The server then checks every found document against the whole query and sorts them, so the index only has to
 * find a superset: that is why a compound index {@code {userId: 1, occurredAt: -1}} is served by its first field,
 * and why numbers are keyed by their {@code double} value (the same order; millisecond times are exact).
 *
 * <p>Entries live in an MVMap of the same store as the documents, so they reach the disk in the same commit as the
 * document they point to ({@link DurableH2Backend} never commits in the middle of a command). A key is the encoded
 * value followed by the document's {@code _id} (the document's position in the H2 collection; an entry holds only
 * {@code true} when that is a string, the key has it, else the position itself): a string value {@code s} is {@code "s" + s} with its NULs escaped and a {@code "\0\0"} end, a number is
 * {@code "n"} and 16 hex digits that sort as the numbers do. Values of other types (dates, documents, booleans) are
 * not indexed and queries on them are not served by the index.
 */
final class FieldIndex extends Index<Object> {

    private static final String ID = "_id";
    private static final String STRING = "s";
    private static final String NUMBER = "n";
    /** After every possible key of a number (a position is made of chars below it). */
    private static final char AFTER = '\uffff';
    /** The entry that says the index was built to the end (past every other key, never in a query's range). */
    private static final String BUILT = String.valueOf(AFTER);

    private final MVStore store;
    private final MVMap<String, Object> entries;
    private final String field;

    FieldIndex(MVStore store, String mapName, String name, List<IndexKey> keys) {
        super(name, keys, false);
        this.store = store;
        this.entries = store.openMap(mapName);
        this.field = keys.get(0).getKey();
    }

    /** Whether {@code keys} is an index this class can serve: its first field is a top-level one. */
    static boolean supports(List<IndexKey> keys) {
        return !keys.isEmpty() && !keys.get(0).getKey().contains(".") && !keys.get(0).getKey().startsWith("$");
    }

    // ---- keeping the entries

    @Override
    public Object getPosition(Document document) {
        return null; // not a unique index: the _id index tells positions
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // never refuses a document
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        for (String value : values(document)) {
            entries.put(value + positionKey(position), stored(position));
        }
    }

    /** The document's position is its {@code _id} (H2 collections keep documents by it). */
    @Override
    public Object remove(Document document) {
        Object position = document.get(ID);
        if (position != null) {
            for (String value : values(document)) {
                entries.remove(value + positionKey(position));
            }
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // never refuses a document
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        Set<String> before = values(oldDocument);
        Set<String> after = values(newDocument);
        if (!before.equals(after)) {
            for (String value : before) {
                entries.remove(value + positionKey(position));
            }
            for (String value : after) {
                entries.put(value + positionKey(position), stored(position));
            }
        }
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong() - (built() ? 1 : 0);
    }

    /** Whether a build of this index reached its end (a build cut off by a crash is redone). */
    boolean built() {
        return entries.containsKey(BUILT);
    }

    /**
     * Builds the index from the collection's documents ({@code position -> document}) in one pass, committing the
     * store every {@code chunk} entries so a large collection's entries do not all wait in memory for the end of the
     * command; the last entry written says the build is complete.
     */
    void build(Iterable<Map.Entry<Object, Document>> documents, int chunk, Runnable commit) {
        entries.clear();
        long n = 0;
        for (Map.Entry<Object, Document> d : documents) {
            add(d.getValue(), d.getKey(), null);
            if (++n % chunk == 0) {
                commit.run();
            }
        }
        entries.put(BUILT, Boolean.TRUE);
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void drop() {
        store.removeMap(entries);
    }

    /** The encoded values of the document's field: one, or one per element of an array; none if not indexable. */
    private Set<String> values(Document document) {
        Object v = document.get(field);
        Set<String> out = new LinkedHashSet<>();
        if (v instanceof Collection<?> many) {
            for (Object element : many) {
                encode(element).ifPresent(out::add);
            }
        } else {
            encode(v).ifPresent(out::add);
        }
        return out;
    }

    // ---- answering queries

    /** The key bounds the query pins on the field (inclusive both), if it pins it with values this index keeps. */
    private record Bounds(String low, String high) {
    }

    @Override
    public boolean canHandle(Document query) {
        return bounds(query).isPresent();
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        Bounds b = bounds(query).orElseThrow();
        List<Object> positions = new ArrayList<>();
        Cursor<String, Object> c = entries.cursor(b.low());
        while (c.hasNext()) {
            String key = c.next();
            if (key.compareTo(b.high()) > 0) {
                break;
            }
            Object stored = c.getValue();
            positions.add(stored instanceof Boolean ? key.substring(positionStart(key) + STRING.length()) : stored);
        }
        return positions;
    }

    /** The conditions on the field, from the query's top level and its top-level {@code $and}, as one key range. */
    Optional<Bounds> bounds(Document query) {
        List<Object> conditions = new ArrayList<>();
        if (query.containsKey(field)) {
            conditions.add(query.get(field));
        }
        if (query.get("$and") instanceof List<?> all) {
            for (Object part : all) {
                if (part instanceof Map<?, ?> p && p.containsKey(field)) {
                    conditions.add(p.get(field));
                }
            }
        }
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        Double low = null;
        Double high = null;
        String equal = null;
        for (Object condition : conditions) {
            Object value = condition;
            if (condition instanceof Map<?, ?> operators) {
                if (operators.size() == 1 && operators.containsKey("$eq")) {
                    value = operators.get("$eq");
                } else {
                    for (Map.Entry<?, ?> op : operators.entrySet()) {
                        if (!(op.getValue() instanceof Number n) || Double.isNaN(n.doubleValue())) {
                            return Optional.empty();
                        }
                        double d = n.doubleValue();
                        switch (String.valueOf(op.getKey())) {
                            case "$gt", "$gte" -> low = low == null ? d : Math.max(low, d);
                            case "$lt", "$lte" -> high = high == null ? d : Math.min(high, d);
                            default -> {
                                return Optional.empty();
                            }
                        }
                    }
                    continue;
                }
            }
            if (value instanceof Number n && !Double.isNaN(n.doubleValue())) {
                low = low == null ? n.doubleValue() : Math.max(low, n.doubleValue());
                high = high == null ? n.doubleValue() : Math.min(high, n.doubleValue());
            } else if (value instanceof String s) {
                if (equal != null && !equal.equals(s)) {
                    return Optional.of(new Bounds(STRING, STRING)); // two different values: nothing matches
                }
                equal = s;
            } else {
                return Optional.empty();
            }
        }
        if (equal != null) {
            if (low != null || high != null) {
                return Optional.empty();
            }
            String key = encodeString(equal);
            return Optional.of(new Bounds(key, key + AFTER));
        }
        String from = low == null ? NUMBER : encodeNumber(low);
        String to = high == null ? NUMBER + AFTER : encodeNumber(high) + AFTER;
        return Optional.of(new Bounds(from, to));
    }

    // ---- keys

    static Optional<String> encode(Object value) {
        if (value instanceof String s) {
            return Optional.of(encodeString(s));
        }
        if (value instanceof Number n && !Double.isNaN(n.doubleValue())) {
            return Optional.of(encodeNumber(n.doubleValue()));
        }
        return Optional.empty();
    }

    /** {@code "s"}, the string with each NUL as NUL 1, then NUL NUL: no encoded string is a prefix of another. */
    static String encodeString(String s) {
        return STRING + s.replace("\u0000", "\u0000\u0001") + "\u0000\u0000";
    }

    /** {@code "n"} and 16 hex digits whose order is the numbers' order ({@code -0.0} as {@code 0.0}). */
    static String encodeNumber(double d) {
        long bits = Double.doubleToLongBits(d == 0.0 ? 0.0 : d);
        long sortable = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
        String hex = Long.toHexString(sortable);
        return NUMBER + "0".repeat(16 - hex.length()) + hex;
    }

    /** What an entry holds: nothing for a string {@code _id} (the key ends with it), else the position itself. */
    private static Object stored(Object position) {
        return position instanceof String ? Boolean.TRUE : position;
    }

    /** Where a key's position part starts: after a number's 17 chars, or after a string's NUL NUL end. */
    static int positionStart(String key) {
        return key.startsWith(NUMBER) ? NUMBER.length() + 16 : key.indexOf("\u0000\u0000") + 2;
    }

    /** The position's part of a key: unique per document, all chars below {@link #AFTER}. */
    static String positionKey(Object position) {
        return position instanceof String s ? STRING + s : "o" + position.getClass().getName() + ":" + position;
    }
}
