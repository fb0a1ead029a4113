package io.vitrine.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.Objects;

/**
 * The shop's editable synonyms, one rule a line in the usual Solr format: {@code sneakers, baskets, trainers}
 * (all equivalent) or {@code tee => t-shirt} (one way); {@code #} starts a comment. Applied at query time only,
 * so editing the list never needs a re-index.
 */
public final class Synonyms {

    private static final Synonyms NONE = new Synonyms("", null);

    private final String text;
    private final SynonymMap map;
    private final Analyzer analyzer;

    private Synonyms(String text, SynonymMap map) {
        this.text = text;
        this.map = map;
        this.analyzer = map == null ? Analyzers.PLAIN : Analyzers.withSynonyms(map);
    }

    public static Synonyms none() {
        return NONE;
    }

    /** Parses the rules; a malformed line is an {@link IllegalArgumentException} naming the line. */
    public static Synonyms parse(String text) {
        Objects.requireNonNull(text, "synonyms");
        if (text.isBlank()) {
            return NONE;
        }
        SolrSynonymParser parser = new SolrSynonymParser(true, true, Analyzers.PLAIN);
        try {
            parser.parse(new StringReader(text));
            SynonymMap map = parser.build();
            return map.fst == null ? NONE : new Synonyms(text, map);
        } catch (ParseException e) {
            throw new IllegalArgumentException("invalid synonym rule at line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("invalid synonym rules: " + e.getMessage(), e);
        }
    }

    /** The rules as the shop wrote them. */
    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return map == null;
    }

    /** Plain analysis plus the synonym graph; the plain analyzer when there are no rules. */
    Analyzer queryAnalyzer() {
        return analyzer;
    }
}
