package io.vitrine.chat.understanding;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of every product name (both languages, folded as {@link ProductNameMask} reads them), each with the
 * products whose name holds it. It answers in memory whether a message can name a product in full: that needs a run
 * of at least {@value ProductNameMask#MIN_RUN} of the message's words (or whitespace tokens, punctuation such as "–"
 * counting as part of any name) that one product's name holds. A message that cannot ("I want running shoes", "how
 * much is delivery to Germany?") needs no catalogue search for the product it names. Immutable: built once per
 * catalogue, then {@link #with changed} by the products written since (new copies, sharing what did not change).
 */
public final class ProductNames {

    private static final int[] NONE = new int[0];
    private static final ProductNames UNKNOWN = new ProductNames(null, Map.of(), Map.of(), 0);
    /** Not a word of any name (words are letters and digits). */
    private static final String NO_NAME = "?";

    /** Word to the ordinals of the products whose name holds it, ascending; null when the names are not known. */
    private final Map<String, int[]> postings;
    /** Product id to its names as indexed (English, then French), to tell whether a product changed its name. */
    private final Map<String, String> indexedNames;
    /** Product id to its ordinal in {@link #postings} (an ordinal is never reused: a deleted product's stays free). */
    private final Map<String, Integer> ordinals;
    private final int nextOrdinal;

    private ProductNames(Map<String, int[]> postings, Map<String, String> indexedNames, Map<String, Integer> ordinals,
                         int nextOrdinal) {
        this.postings = postings;
        this.indexedNames = indexedNames;
        this.ordinals = ordinals;
        this.nextOrdinal = nextOrdinal;
    }

    /** Names not known yet (the catalogue is loading): every answer is "maybe", so every search is made. */
    public static ProductNames unknown() {
        return UNKNOWN;
    }

    public static ProductNames of(Collection<Product> products) {
        Map<String, List<Integer>> lists = new HashMap<>();
        Map<String, String> names = new HashMap<>(products.size() * 2);
        Map<String, Integer> ordinals = new HashMap<>(products.size() * 2);
        int ordinal = 0;
        for (Product p : products) {
            String key = nameKey(p);
            names.put(p.id().value(), key);
            ordinals.put(p.id().value(), ordinal);
            for (String w : nameWords(key)) {
                lists.computeIfAbsent(w, k -> new ArrayList<>()).add(ordinal);
            }
            ordinal++;
        }
        Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
        lists.forEach((w, ords) -> postings.put(w, ords.stream().mapToInt(Integer::intValue).toArray()));
        return new ProductNames(postings, names, ordinals, ordinal);
    }

    /**
     * These names after some products were written: {@code changed} as they are now (created, renamed or not), the
     * {@code deleted} ones gone. Answers as {@link #of} the catalogue after the writes would; only the words of the
     * products whose name changed are touched, so a write costs its own products, not a pass over the catalogue.
     * Returns this index itself when no name changed (a stock, price or rating write).
     */
    public ProductNames with(Collection<Product> changed, Collection<ProductId> deleted) {
        if (postings == null) {
            throw new IllegalStateException("unknown names have nothing to change: build them with of()");
        }
        Map<String, String> names = null;
        Map<String, Integer> ords = null;
        Map<String, TreeSet<Integer>> touched = new HashMap<>();
        int next = nextOrdinal;
        for (ProductId id : deleted) {
            String before = indexedNames.get(id.value());
            if (before != null) {
                names = names == null ? new HashMap<>(indexedNames) : names;
                ords = ords == null ? new HashMap<>(ordinals) : ords;
                names.remove(id.value());
                int ordinal = ords.remove(id.value());
                nameWords(before).forEach(w -> touched(touched, w).remove(ordinal));
            }
        }
        for (Product p : changed) {
            String id = p.id().value();
            String key = nameKey(p);
            String before = (names == null ? indexedNames : names).get(id);
            if (key.equals(before)) {
                continue;
            }
            names = names == null ? new HashMap<>(indexedNames) : names;
            ords = ords == null ? new HashMap<>(ordinals) : ords;
            int ordinal;
            if (before == null) {
                ordinal = next++;
                ords.put(id, ordinal);
            } else {
                ordinal = ords.get(id);
                nameWords(before).forEach(w -> touched(touched, w).remove(ordinal));
            }
            names.put(id, key);
            nameWords(key).forEach(w -> touched(touched, w).add(ordinal));
        }
        if (names == null) {
            return this;
        }
        Map<String, int[]> post = new HashMap<>(postings);
        touched.forEach((w, holders) -> {
            if (holders.isEmpty()) {
                post.remove(w);
            } else {
                post.put(w, holders.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        return new ProductNames(post, names, ords, next);
    }

    /** A word's ordinals as a set to change, first read from the postings this index shares (never changed in place). */
    private TreeSet<Integer> touched(Map<String, TreeSet<Integer>> touched, String word) {
        return touched.computeIfAbsent(word, w -> {
            TreeSet<Integer> set = new TreeSet<>();
            for (int o : postings.getOrDefault(w, NONE)) {
                set.add(o);
            }
            return set;
        });
    }

    /** The words of a product's names as {@link #nameKey} holds them, both languages. */
    private static Set<String> nameWords(String nameKey) {
        int cut = nameKey.indexOf('\u0000');
        Set<String> words = new LinkedHashSet<>(ProductNameMask.words(nameKey.substring(0, cut)));
        words.addAll(ProductNameMask.words(nameKey.substring(cut + 1)));
        return words;
    }

    /** Whether the product is indexed under its current name (false for a product created or renamed since). */
    public boolean holds(Product p) {
        return nameKey(p).equals(indexedNames.get(p.id().value()));
    }

    /**
     * Whether some product's name holds a run of {@value ProductNameMask#MIN_RUN} or more of the message's words
     * in a row ({@link ProductNameMask#namedInFull}), or of its whitespace tokens ({@link ProductNameMask#reading}).
     */
    public boolean mayNameInFull(String message) {
        if (postings == null) {
            return true;
        }
        List<List<String>> asWords = ProductNameMask.words(message).stream().map(List::of).toList();
        List<List<String>> asTokens = Arrays.stream(message.split("\\s+")).map(ProductNames::tokenWords).toList();
        return holdsRun(asWords) || holdsRun(asTokens);
    }

    /**
     * Whether one product's name holds every word (space-separated, folded: {@link ChatWords#productWords}) as a whole
     * word of its name ({@link TextNormalizer#tokens}, where digit runs read "0": a word with a digit is always a maybe).
     */
    public boolean mayHoldAll(String words) {
        if (postings == null) {
            return true;
        }
        int[] products = null;
        for (String w : words.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.chars().anyMatch(Character::isDigit)) {
                return true;
            }
            products = products == null ? postings.getOrDefault(w, NONE) : intersect(products, postings.getOrDefault(w, NONE));
            if (products.length == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one product's name holds {@value ProductNameMask#MIN_RUN} consecutive tokens, each a list of words that
     * must all be in the name (an empty list, punctuation, is in every name).
     */
    private boolean holdsRun(List<List<String>> tokens) {
        for (int start = 0; start + ProductNameMask.MIN_RUN <= tokens.size(); start++) {
            int[] products = null; // null: any product so far
            int length = 0;
            for (int i = start; i < tokens.size() && length < ProductNameMask.MIN_RUN; i++) {
                for (String w : tokens.get(i)) {
                    products = products == null ? postings.getOrDefault(w, NONE) : intersect(products, postings.getOrDefault(w, NONE));
                }
                if (products != null && products.length == 0) {
                    break;
                }
                length++;
            }
            if (length >= ProductNameMask.MIN_RUN && (products == null || products.length > 0)) {
                return true;
            }
        }
        return false;
    }

    /** A whitespace token's words; punctuation alone is in every name, except "?" and "!", which end a name. */
    private static List<String> tokenWords(String token) {
        List<String> words = ProductNameMask.words(token);
        return !words.isEmpty() || !token.contains("?") && !token.contains("!") ? words : List.of(NO_NAME);
    }

    private static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static String nameKey(Product p) {
        return p.name().en() + '\u0000' + p.name().fr();
    }
}
