package io.vitrine.chat.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The product type a message asks for ("running shoes" -> footwear/sneakers, "une coque pour mon téléphone" ->
 * electronics/phone-cases), read against the shop's own sub-categories: their names in both languages from the
 * catalogue, plus the words shoppers use for them ({@code product-types.txt}), with plurals and one typo tolerated
 * in long words. The earliest mention wins, then the longest ("sac à dos" over "sac"); the French imperative
 * "montre-moi" (show me) is not a watch. Immutable; built once per catalogue.
 */
public final class ProductTypes {

    /** A name of a shelf: {@code path} is {@code category} or {@code category/sub-category}. */
    public record Shelf(String path, String name) {
        public Shelf {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Where a message names a shelf: its path and the words (folded, singular) that name it. */
    public record Mention(String path, List<String> words) {
        public Mention {
            Objects.requireNonNull(path, "path");
            words = List.copyOf(words);
        }

        /** Whether a word of the message (folded) is one of the words naming the shelf, plural or typo aside. */
        public boolean covers(String word) {
            String w = singular(word);
            return words.stream().anyMatch(m -> m.equals(w) || w.length() >= FUZZY_MIN && oneEdit(w, m));
        }
    }

    private record Entry(String path, String[] words, boolean sub) {
    }

    private static final int FUZZY_MIN = 6;

    private final List<Entry> entries;

    private ProductTypes(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The shelves' own names, and the shoppers' words of {@code product-types.txt} for the sub-categories present. */
    public static ProductTypes of(List<Shelf> shelves) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> pathOfId = new HashMap<>();
        for (Shelf s : shelves) {
            boolean sub = s.path().contains("/");
            String id = s.path().substring(s.path().indexOf('/') + 1);
            pathOfId.putIfAbsent(id, s.path());
            entries.add(new Entry(s.path(), words(s.name()), sub));
        }
        for (Map.Entry<String, List<String>> e : synonyms().entrySet()) {
            String path = pathOfId.get(e.getKey());
            if (path != null) {
                for (String w : e.getValue()) {
                    entries.add(new Entry(path, words(w), path.contains("/")));
                }
            }
        }
        entries.removeIf(e -> e.words().length == 0);
        return new ProductTypes(entries);
    }

    /** The shelf the message asks for, if it names one: exact words first, one typo only when none matches. */
    public Optional<Mention> find(String message) {
        String[] tokens = tokens(message);
        return find(tokens, false).or(() -> find(tokens, true));
    }

    private Optional<Mention> find(String[] tokens, boolean fuzzy) {
        Mention best = null;
        int bestLength = 0;
        boolean bestSub = false;
        for (int i = 0; i < tokens.length && best == null; i++) {
            for (Entry e : entries) {
                int n = e.words().length;
                if (matches(tokens, i, e.words(), fuzzy) && (n > bestLength || n == bestLength && e.sub() && !bestSub)) {
                    bestLength = n;
                    bestSub = e.sub();
                    best = new Mention(e.path(), List.of(tokens).subList(i, i + n));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The message's words as this class reads them, with the words naming the shelf replaced by {@code placeholder}. */
    static String masked(String message, Mention shelf, String placeholder) {
        List<String> tokens = List.of(tokens(message));
        int at = java.util.Collections.indexOfSubList(tokens, shelf.words());
        if (at < 0) {
            return String.join(" ", tokens).strip();
        }
        List<String> out = new ArrayList<>(tokens.subList(0, at));
        out.add(placeholder);
        out.addAll(tokens.subList(at + shelf.words().size(), tokens.size()));
        return String.join(" ", out).replaceAll("\\s+", " ").strip();
    }

    /** The message's words as this class reads them: folded, singular, without "montre-moi". */
    static String[] tokens(String message) {
        String[] raw = TextNormalizer.tokens(message);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if ((raw[i].equals("montre") || raw[i].equals("montrez")) && i + 1 < raw.length
                    && (raw[i + 1].equals("moi") || raw[i + 1].equals("nous"))) {
                out.add("");
                out.add("");
                i++;
                continue;
            }
            out.add(singular(raw[i]));
        }
        return out.toArray(String[]::new);
    }

    private static String[] words(String name) {
        return List.of(TextNormalizer.tokens(name)).stream().filter(w -> !w.equals("and") && !w.equals("et"))
                .map(ProductTypes::singular).toArray(String[]::new);
    }

    private static boolean matches(String[] tokens, int at, String[] words, boolean fuzzy) {
        if (at + words.length > tokens.length) {
            return false;
        }
        if (words.length == 1) {
            String t = tokens[at];
            return fuzzy ? t.length() >= FUZZY_MIN && words[0].length() >= FUZZY_MIN && oneEdit(t, words[0]) : t.equals(words[0]);
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens[at + k].equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Enough English and French plural rules: "dresses" -> "dress", "robes" -> "robe", "bijoux" -> "bijou". */
    public static String singular(String w) {
        if (w.length() <= 3 || w.endsWith("ss")) {
            return w;
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("s") || w.endsWith("x") ? w.substring(0, w.length() - 1) : w;
    }

    /** One substitution, insertion, deletion or swap of neighbours. */
    public static boolean oneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return a.equals(b);
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static Map<String, List<String>> synonyms() {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = ProductTypes.class.getResourceAsStream("/io/vitrine/chat/product-types.txt")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    out.put(line.substring(0, colon).strip(), List.of(line.substring(colon + 1).strip().split("\\s*,\\s*")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
