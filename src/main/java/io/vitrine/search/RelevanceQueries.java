package io.vitrine.search;

import io.vitrine.search.ProductDocuments.SearchField;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds Lucene queries from analysed words, never from query syntax. A word matches when one of the searched
 * fields holds it exactly (weighted by the field boost) or, for names and brands, within the shopper's typo
 * allowance (1 edit from 4 letters, 2 from 8, first letter kept) at a lower weight, so exact matches stay on
 * top. Most words must match; a whole-name match and the words in sequence add a bonus.
 */
final class RelevanceQueries {

    /** Fuzzy matches weigh this much of an exact match in the same field. */
    static final float FUZZY_WEIGHT = 0.35f;
    /** A query that is a product's whole name puts that product first whatever its signals. */
    static final float EXACT_NAME_BONUS = 30f;
    static final float PHRASE_BOOST = 1.5f;
    static final float SYNONYM_WEIGHT = 0.9f;
    private static final float TIE_BREAKER = 0.2f;
    /** Keeps the rewritten query well under Lucene's 1,024-clause limit even for 12 words with synonyms. */
    private static final int MAX_EXPANSIONS = 10;
    private static final int MAX_PATHS = 8;
    private static final int MAX_WORDS_WITH_SYNONYMS = 6;

    private RelevanceQueries() {
    }

    /** The shopper's allowance: 0 edits under 4 letters, 1 from 4, 2 from 8; numbers must be exact. */
    static int editsFor(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return 0;
        }
        int n = word.codePointCount(0, word.length());
        return n >= 8 ? 2 : n >= 4 ? 1 : 0;
    }

    /** Optimal string alignment distance (Levenshtein plus swaps of neighbours), as the typo automata count. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Strict query: most words, typo-tolerant on names and brands, synonyms as alternative readings. */
    static Query strict(QueryText q, Synonyms synonyms) {
        List<String> words = q.words();
        BooleanQuery.Builder readings = new BooleanQuery.Builder();
        readings.add(words(words, true, 1, minimumShouldMatch(words.size())), Occur.SHOULD);
        for (List<String> path : synonymPaths(q, synonyms)) {
            readings.add(new BoostQuery(words(path, false, 1, minimumShouldMatch(path.size())), SYNONYM_WEIGHT), Occur.SHOULD);
        }
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        top.add(readings.build(), Occur.MUST);
        top.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(ProductDocuments.NAME_KEY, q.normalised()))),
                EXACT_NAME_BONUS), Occur.SHOULD);
        if (words.size() > 1) {
            top.add(phrase(ProductDocuments.NAME_EN, ProductDocuments.SEARCHED[0], words), Occur.SHOULD);
            top.add(phrase(ProductDocuments.NAME_FR, ProductDocuments.SEARCHED[1], words), Occur.SHOULD);
        }
        return top.build();
    }

    /**
     * Fallback when the strict query finds nothing: any word may match, typos forgiven from 3 letters with up
     * to 2 edits and no kept prefix, and the spell-checked reading added.
     */
    static Query relaxed(QueryText q, List<String> corrected) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(looseWords(q.words()), Occur.SHOULD);
        if (!corrected.equals(q.words())) {
            b.add(words(corrected, true, 1, minimumShouldMatch(corrected.size())), Occur.SHOULD);
        }
        return b.build();
    }

    /** All words but a quarter of long queries must match; short queries need every word. */
    static int minimumShouldMatch(int n) {
        return n <= 2 ? n : (int) Math.ceil(n * 0.75);
    }

    private static Query looseWords(List<String> words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            int n = w.codePointCount(0, w.length());
            int edits = w.chars().anyMatch(Character::isDigit) ? 0 : n >= 5 ? 2 : n >= 3 ? 1 : 0;
            b.add(word(w, edits, 0), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query words(List<String> words, boolean fuzzy, int prefix, int minimumShouldMatch) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            b.add(word(w, fuzzy ? editsFor(w) : 0, prefix), Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(minimumShouldMatch);
        return b.build();
    }

    /** One word across all searched fields; the best field counts, others add a little (dis-max). */
    static Query word(String word, int edits, int prefix) {
        List<Query> alternatives = new ArrayList<>();
        for (SearchField f : ProductDocuments.SEARCHED) {
            String term = Analyzers.term(f.analyzer(), f.name(), word);
            if (term.isEmpty()) {
                continue;
            }
            if (!f.name().equals(ProductDocuments.NAME_PLAIN)) { // the stemmed name fields match the exact word
                alternatives.add(new BoostQuery(new TermQuery(new Term(f.name(), term)), f.boost()));
            }
            int e = Math.min(edits, term.length() - 1 - prefix);
            if (f.fuzzy() && e > 0) {
                alternatives.add(new BoostQuery(TypoQuery.widening(f.name(), term, e, prefix, MAX_EXPANSIONS), f.boost() * FUZZY_WEIGHT));
            }
        }
        return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    private static Query phrase(String field, SearchField f, List<String> words) {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(1);
        int pos = 0;
        for (String w : words) {
            String term = Analyzers.term(f.analyzer(), field, w);
            if (!term.isEmpty()) {
                b.add(new Term(field, term), pos);
            }
            pos++;
        }
        return new BoostQuery(b.build(), PHRASE_BOOST);
    }

    /** The other readings of the query that the synonym list allows ("sneakers" -> "baskets", "trainers"). */
    static List<List<String>> synonymPaths(QueryText q, Synonyms synonyms) {
        if (synonyms.isEmpty() || q.isEmpty() || q.words().size() > MAX_WORDS_WITH_SYNONYMS) {
            return List.of();
        }
        Set<List<String>> paths = new LinkedHashSet<>();
        try (TokenStream ts = synonyms.queryAnalyzer().tokenStream("q", q.normalised())) {
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
            Iterator<TokenStream> it = graph.getFiniteStrings();
            while (it.hasNext() && paths.size() < MAX_PATHS) {
                TokenStream path = it.next();
                CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
                List<String> words = new ArrayList<>();
                path.reset();
                while (path.incrementToken()) {
                    words.add(term.toString());
                }
                if (!words.isEmpty() && !words.equals(q.words())) {
                    paths.add(List.copyOf(words));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(paths);
    }
}
