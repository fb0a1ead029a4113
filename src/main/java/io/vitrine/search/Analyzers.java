package io.vitrine.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The analysis chains. Every chain starts with the same "plain" normalisation (lower case, French elision,
 * English possessive, accent folding) so a word normalised once by {@link #PLAIN} and then run through a
 * language chain gives exactly the term that the index holds.
 */
final class Analyzers {

    /** Words as shoppers type them, normalised but not stemmed: brands, attributes, spelling, exact names. */
    static final Analyzer PLAIN = chain(ts -> ts);
    /** English: plain + minimal (plural) stemming. */
    static final Analyzer ENGLISH = chain(EnglishMinimalStemFilter::new);
    /** French: plain + light stemming (plurals, feminine forms). */
    static final Analyzer FRENCH = chain(FrenchLightStemFilter::new);
    /** Index side of autocomplete: every prefix of every word, so "iphon" finds "iPhone" wherever it stands. */
    static final Analyzer EDGE_NGRAM = chain(ts -> new EdgeNGramTokenFilter(ts, 1, 24, true));

    private Analyzers() {
    }

    private static Analyzer chain(UnaryOperator<TokenStream> tail) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, tail.apply(normalise(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static TokenStream normalise(TokenStream source) {
        TokenStream ts = new LowerCaseFilter(source);
        // "l'écharpe" -> "écharpe"; the article set is case-insensitive and knows both apostrophes
        ts = new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES);
        ts = new EnglishPossessiveFilter(ts);
        return new ASCIIFoldingFilter(ts);
    }

    /** Plain chain followed by query-time synonyms (the output is a token graph). */
    static Analyzer withSynonyms(SynonymMap map) {
        return chain(ts -> new SynonymGraphFilter(ts, map, true));
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String never does I/O
        }
        return out;
    }

    /** The single term a plain word becomes in a field's chain, or empty when the chain drops it. */
    static String term(Analyzer analyzer, String field, String plainWord) {
        List<String> t = tokens(analyzer, field, plainWord);
        return t.isEmpty() ? "" : t.get(0);
    }
}
