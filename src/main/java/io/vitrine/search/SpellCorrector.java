package io.vitrine.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean": each word the catalogue has never seen replaced by its closest catalogue word. Candidates
 * come first from the shared typo automata (cached per word), one edit away before two; the spell checker, which
 * builds three automata of its own, only runs when that finds nothing and could find more: for a word allowed two
 * edits it searches no wider than the automata already did (within two edits, first letter kept).
 */
final class SpellCorrector {

    private SpellCorrector() {
    }

    /** {@code words} with the unknown ones corrected; equal to {@code words} when nothing needs correcting. */
    static List<String> correct(IndexReader reader, List<String> words) throws IOException {
        List<String> out = new ArrayList<>(words.size());
        DirectSpellChecker checker = null;
        for (String w : words) {
            String replacement = w;
            if (w.length() >= 4 && w.chars().noneMatch(Character::isDigit)
                    && reader.docFreq(new Term(ProductDocuments.SPELL, w)) == 0) {
                replacement = closestTerm(reader, w).orElse(w);
                if (replacement.equals(w) && RelevanceQueries.editsFor(w) < LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE) {
                    if (checker == null) {
                        checker = new DirectSpellChecker();
                    }
                    SuggestWord[] best = checker.suggestSimilar(new Term(ProductDocuments.SPELL, w), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (best.length > 0) {
                        replacement = best[0].string;
                    }
                }
            }
            out.add(replacement);
        }
        return out;
    }

    /**
     * The spelling-dictionary term within the shopper's typo allowance: fewest edits, then most frequent. The terms
     * one edit away are looked at first: when there are any, the closest is among them, and no two-edit automaton
     * is built.
     */
    static Optional<String> closestTerm(IndexReader reader, String word) throws IOException {
        int edits = RelevanceQueries.editsFor(word);
        Terms terms = MultiTerms.getTerms(reader, ProductDocuments.SPELL);
        Optional<String> best = Optional.empty();
        for (int e = 1; e <= edits && terms != null && best.isEmpty(); e++) {
            best = closestTerm(TypoQuery.automaton(word, e, 1).getTermsEnum(terms), word);
        }
        return best;
    }

    private static Optional<String> closestTerm(TermsEnum te, String word) throws IOException {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestFreq = 0;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String candidate = t.utf8ToString();
            int d = RelevanceQueries.editDistance(word, candidate);
            if (d < bestDistance || d == bestDistance && te.docFreq() > bestFreq) {
                best = candidate;
                bestDistance = d;
                bestFreq = te.docFreq();
            }
        }
        return Optional.ofNullable(best);
    }
}
