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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean": each word the catalogue has never seen replaced by its closest catalogue word. Candidates
 * come first from the typo automaton the query already built (cached per word); the spell checker, which
 * builds three automata of its own, only runs when that finds nothing.
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
                if (replacement.equals(w)) {
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

    /** The spelling-dictionary term within the shopper's typo allowance: fewest edits, then most frequent. */
    private static Optional<String> closestTerm(IndexReader reader, String word) throws IOException {
        int edits = RelevanceQueries.editsFor(word);
        Terms terms = MultiTerms.getTerms(reader, ProductDocuments.SPELL);
        if (edits == 0 || terms == null) {
            return Optional.empty();
        }
        TermsEnum te = TypoQuery.automaton(word, edits, 1).getTermsEnum(terms);
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
