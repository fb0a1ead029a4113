package io.vitrine.search;

import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.CompiledAutomaton;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Terms within {@code edits} of a word, like {@link FuzzyQuery}, but the Levenshtein automaton is built once per
 * (word, edits, prefix) and shared by every field and every later search: building it dominated query time
 * (a FuzzyQuery rebuilds it on each search). Expansions are scored by the blended-frequency top-terms rewrite.
 */
final class TypoQuery extends MultiTermQuery {

    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, CompiledAutomaton> AUTOMATA = new ConcurrentHashMap<>();

    private final String text;
    private final int edits;
    private final int prefix;
    private final CompiledAutomaton automaton;

    TypoQuery(String field, String text, int edits, int prefix, int maxExpansions) {
        super(field, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(maxExpansions));
        this.text = text;
        this.edits = edits;
        this.prefix = prefix;
        this.automaton = automaton(text, edits, prefix);
    }

    static CompiledAutomaton automaton(String text, int edits, int prefix) {
        String key = edits + "|" + prefix + "|" + text;
        CompiledAutomaton a = AUTOMATA.get(key);
        if (a == null) {
            if (AUTOMATA.size() > CACHE_LIMIT) {
                AUTOMATA.clear(); // crude bound; popular words come straight back
            }
            a = FuzzyQuery.getFuzzyAutomaton(text, edits, prefix, true);
            AUTOMATA.put(key, a);
        }
        return a;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws java.io.IOException {
        return automaton.getTermsEnum(terms);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            automaton.visit(visitor, this, field);
        }
    }

    @Override
    public String toString(String f) {
        return (Objects.equals(f, field) ? "" : field + ":") + text + "~" + edits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypoQuery t && t.field.equals(field) && t.text.equals(text) && t.edits == edits && t.prefix == prefix;
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, text, edits, prefix);
    }
}
