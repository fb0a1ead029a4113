package io.vitrine.chat.understanding;

import io.vitrine.catalog.Product;
import io.vitrine.chat.ChatLanguage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which catalogue products a message names, by where their names sit in it: "X vs Y", "is X better than Y",
 * "entre X et Y" with X and Y two product names typed in full (colour left out or not). A name is a run of the
 * message's words that all belong to the product's name (either language) and covers most of the name's words in
 * the message's language; the best-covered name is taken first and its words removed, so two names of the same
 * brand ("Arlen &amp; Vey City Canvas Backpack – Red or Arlen &amp; Vey City Recycled Nylon Backpack – Pink") do not
 * both match the first run. Candidates come from the catalogue search; this class only reads them.
 */
public final class NamedProducts {

    /** The share of a name's words (message language) a run must hold: "corvane classic canvas sneakers" holds 4 of 5. */
    static final double MIN_COVERAGE = 0.6;
    /** A shorter run is a shelf or a brand, not a name. */
    static final int MIN_RUN = 2;

    private NamedProducts() {
    }

    /**
     * Up to {@code max} products the message names, in the order they appear in it.
     *
     * @param candidates products to look for (search hits), best first: among equally well named ones the first wins
     */
    public static List<Product> in(String message, List<Product> candidates, ChatLanguage lang, int max) {
        List<String> tokens = ProductNameMask.words(message);
        boolean[] used = new boolean[tokens.size()];
        Map<Integer, Product> byPosition = new java.util.TreeMap<>();
        List<Product> pool = distinct(candidates);
        while (byPosition.size() < max) {
            Match best = null;
            for (Product p : pool) {
                Match m = match(p, tokens, used, lang);
                if (m != null && (best == null || m.better(best))) {
                    best = m;
                }
            }
            if (best == null) {
                break;
            }
            for (int i = best.start(); i < best.end(); i++) {
                used[i] = true;
            }
            byPosition.put(best.start(), best.product());
            Product taken = best.product();
            pool.removeIf(p -> p.id().equals(taken.id()));
        }
        return List.copyOf(byPosition.values());
    }

    /** A product's best run in the message's unused words, if it names the product. */
    private record Match(Product product, int start, int end, double coverage) {
        boolean better(Match o) {
            return coverage > o.coverage || coverage == o.coverage && end - start > o.end - o.start;
        }
    }

    private static Match match(Product p, List<String> tokens, boolean[] used, ChatLanguage lang) {
        Set<String> nameWords = new HashSet<>(ProductNameMask.words(p.name().en()));
        nameWords.addAll(ProductNameMask.words(p.name().fr()));
        Set<String> own = new HashSet<>(ProductNameMask.words(p.name().in(lang.code())));
        Match best = null;
        int i = 0;
        while (i < tokens.size()) {
            if (used[i] || !nameWords.contains(tokens.get(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && !used[i] && nameWords.contains(tokens.get(i))) {
                i++;
            }
            Set<String> run = new HashSet<>(tokens.subList(start, i));
            run.retainAll(own);
            double coverage = own.isEmpty() ? 0 : (double) run.size() / own.size();
            Match m = new Match(p, start, i, coverage);
            if (i - start >= MIN_RUN && coverage >= MIN_COVERAGE && (best == null || m.better(best))) {
                best = m;
            }
        }
        return best;
    }

    private static List<Product> distinct(List<Product> candidates) {
        Map<String, Product> out = new LinkedHashMap<>();
        for (Product p : candidates) {
            out.putIfAbsent(p.id().value(), p);
        }
        return new ArrayList<>(out.values());
    }
}
