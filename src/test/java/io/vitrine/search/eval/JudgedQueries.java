package io.vitrine.search.eval;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Judged queries built from a catalogue, deterministically (seed 42). Judgements never use the engine's own
 * analysis: names are compared lower-cased, accent-free, with punctuation collapsed to spaces, so products
 * whose names are identical up to case or punctuation ("FS Mini Klub ..." / "Fs Mini Klub ...") are all
 * relevant for each other's queries.
 */
final class JudgedQueries {

    record Judged(String query, Set<ProductId> relevant) {
    }

    static final long SEED = 42;

    private JudgedQueries() {
    }

    static String normalise(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** One query per distinct name; every product with the same normalised name is relevant. */
    static List<Judged> exact(List<Product> products) {
        Map<String, Set<ProductId>> byName = byName(products);
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        products.forEach(p -> firstSpelling.putIfAbsent(normalise(p.name().en()), p.name().en()));
        List<Judged> out = new ArrayList<>();
        firstSpelling.forEach((norm, name) -> out.add(new Judged(name, byName.get(norm))));
        return out;
    }

    /**
     * Each distinct name with 1 or 2 typos (half each), one typo per word, in words of at least 4 letters, never
     * on the first letter: a deletion, an insertion, a substitution or a swap of two neighbours. Names without
     * such a word are skipped.
     */
    static List<Judged> typos(List<Product> products) {
        Random rnd = new Random(SEED);
        List<Judged> out = new ArrayList<>();
        for (Judged j : exact(products)) {
            String[] words = j.query().split(" ");
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                if (words[i].matches("\\p{L}{4,}")) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            int typos = Math.min(candidates.size(), 1 + rnd.nextInt(2));
            Collections.shuffle(candidates, rnd);
            for (int t = 0; t < typos; t++) {
                int w = candidates.get(t);
                words[w] = typo(words[w], rnd);
            }
            out.add(new Judged(String.join(" ", words), j.relevant()));
        }
        return out;
    }

    static String typo(String w, Random rnd) {
        StringBuilder sb = new StringBuilder(w);
        char letter = (char) ('a' + rnd.nextInt(26));
        switch (rnd.nextInt(4)) {
            case 0 -> sb.deleteCharAt(1 + rnd.nextInt(w.length() - 1));
            case 1 -> sb.insert(1 + rnd.nextInt(w.length()), letter);
            case 2 -> {
                int i = 1 + rnd.nextInt(w.length() - 1);
                char c = Character.toLowerCase(sb.charAt(i)) == letter ? (char) ('a' + (letter - 'a' + 1) % 26) : letter;
                sb.setCharAt(i, c);
            }
            default -> {
                int i = 1 + rnd.nextInt(w.length() - 2);
                if (sb.charAt(i) == sb.charAt(i + 1)) {
                    sb.deleteCharAt(i); // swapping equal letters changes nothing: drop one instead
                } else {
                    char c = sb.charAt(i);
                    sb.setCharAt(i, sb.charAt(i + 1));
                    sb.setCharAt(i + 1, c);
                }
            }
        }
        return sb.toString();
    }

    /** "Brand sub-category" for each distinct pair; every product of that brand in that sub-category is relevant. */
    static List<Judged> brandCategory(List<FlipkartCatalog.Item> items) {
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, Set<ProductId>> relevant = new LinkedHashMap<>();
        for (FlipkartCatalog.Item it : items) {
            Product p = it.product();
            if (p.brand().isEmpty()) {
                continue;
            }
            String key = normalise(p.brand().get()) + "|" + p.category() + "/" + p.subCategory();
            query.putIfAbsent(key, p.brand().get() + " " + it.subCategoryLabel());
            relevant.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p.id());
        }
        List<Judged> out = new ArrayList<>();
        query.forEach((k, q) -> out.add(new Judged(q, relevant.get(k))));
        return out;
    }

    /**
     * Half of a name (at least 2 words, names of 3 words or more), a contiguous span starting at a random word;
     * relevant: every product whose normalised name contains the span as whole words.
     */
    static List<Judged> partial(List<Product> products) {
        Random rnd = new Random(SEED + 1);
        List<Judged> out = new ArrayList<>();
        for (Judged j : exact(products)) {
            String[] words = j.query().split("\\s+");
            if (words.length < 3) {
                continue;
            }
            int len = Math.max(2, (words.length + 1) / 2);
            int start = rnd.nextInt(words.length - len + 1);
            String q = String.join(" ", Arrays.copyOfRange(words, start, start + len));
            String span = " " + normalise(q) + " ";
            if (span.isBlank()) {
                continue;
            }
            Set<ProductId> rel = new LinkedHashSet<>();
            for (Product p : products) {
                if ((" " + normalise(p.name().en()) + " ").contains(span)) {
                    rel.add(p.id());
                }
            }
            out.add(new Judged(q, rel));
        }
        return out;
    }

    private static Map<String, Set<ProductId>> byName(List<Product> products) {
        Map<String, Set<ProductId>> m = new LinkedHashMap<>();
        products.forEach(p -> m.computeIfAbsent(normalise(p.name().en()), k -> new LinkedHashSet<>()).add(p.id()));
        return m;
    }
}
