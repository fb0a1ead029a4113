package io.vitrine.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Objects;

/**
 * The shop's editable synonyms, one rule a line in the usual Solr format: {@code sneakers, baskets, trainers}
 * (all equivalent) or {@code tee => t-shirt} (one way); {@code #} starts a comment. Applied at query time only,
 * so editing the list never needs a re-index.
 */
public final class Synonyms {

    private static final Synonyms NONE = new Synonyms("", null);
    private static final String SHIPPED_RESOURCE = "io/vitrine/search/synonyms.txt";

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

    /** The list shipped with the shop ({@code io/vitrine/search/synonyms.txt}). */
    public static Synonyms shipped() {
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE)) {
            return in == null ? NONE : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search synonyms", e);
        }
    }

    /** The rules of a UTF-8 file. */
    public static Synonyms read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search synonyms", e);
        }
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
