package io.vitrine.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.CompiledAutomaton;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Terms within {@code edits} of a word, like {@link FuzzyQuery}, scored by the blended-frequency top-terms rewrite.
 * Two differences, both for the cost of building Levenshtein automata (a two-edit one costs about ten times a
 * one-edit one, 1.8 against 0.17 ms of CPU warm, and far more cold):
 * <ul>
 *   <li>each automaton is built once per (word, edits, prefix) for the whole shop, in a bounded cache, and shared by
 *       every field and every later search (a FuzzyQuery rebuilds it on each search);</li>
 *   <li>{@linkplain #widening widening} queries allow the second edit only when the field holds no term within one
 *       edit of the word, as a spell checker widens its pass only when the nearer one finds nothing: a word the
 *       catalogue knows (or nearly knows) is not also read as every word two letters away from it.</li>
 * </ul>
 */
final class TypoQuery extends Query {

    /**
     * The automata kept, by their size: a two-edit automaton of a ten-letter word is about 130 KB, a one-edit one
     * 25 KB, so 64 MB keeps some 500 long words at two edits or 2,500 at one, the least used dropped first.
     */
    static final long CACHE_BYTES = 64L << 20;
    private static final Automata AUTOMATA = new Automata(CACHE_BYTES);

    private final String field;
    private final String text;
    private final int edits;
    private final int prefix;
    private final int maxExpansions;
    private final boolean widening;

    private TypoQuery(String field, String text, int edits, int prefix, int maxExpansions, boolean widening) {
        if (edits < 1 || edits > 2) {
            throw new IllegalArgumentException("edits must be 1 or 2: " + edits);
        }
        this.field = Objects.requireNonNull(field);
        this.text = Objects.requireNonNull(text);
        this.edits = edits;
        this.prefix = prefix;
        this.maxExpansions = maxExpansions;
        this.widening = widening;
    }

    /** Every term within {@code edits} of {@code text} whose first {@code prefix} characters are the word's. */
    static TypoQuery within(String field, String text, int edits, int prefix, int maxExpansions) {
        return new TypoQuery(field, text, edits, prefix, maxExpansions, false);
    }

    /** The terms within one edit; those within {@code edits} (two) only when the field has none within one. */
    static TypoQuery widening(String field, String text, int edits, int prefix, int maxExpansions) {
        return new TypoQuery(field, text, edits, prefix, maxExpansions, true);
    }

    /** The shared automaton of the terms within {@code edits} of {@code text} keeping its first {@code prefix} characters. */
    static CompiledAutomaton automaton(String text, int edits, int prefix) {
        return AUTOMATA.get(edits + "|" + prefix + "|" + text, () -> FuzzyQuery.getFuzzyAutomaton(text, edits, prefix, true));
    }

    /**
     * The fewest edits, up to {@code edits}, within which the field holds a term of the word (keeping its prefix);
     * {@code edits} when it holds none.
     */
    static int nearestEdits(IndexReader reader, String field, String text, int edits, int prefix) throws IOException {
        for (int e = 1; e < edits; e++) {
            CompiledAutomaton nearer = automaton(text, e, prefix);
            // segment by segment, stopping at the first term: merging every segment's terms into one enumeration
            // costs more than the look-up itself on a large index
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms != null && nearer.getTermsEnum(terms).next() != null) {
                    return e;
                }
            }
        }
        return edits;
    }

    int edits() {
        return edits;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        int e = widening ? nearestEdits(searcher.getIndexReader(), field, text, edits, prefix) : edits;
        return new Expansion(field, text, e, prefix, automaton(text, e, prefix), maxExpansions);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String f) {
        return (Objects.equals(f, field) ? "" : field + ":") + text + "~" + edits + (widening ? "?" : "");
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && o instanceof TypoQuery t && t.field.equals(field) && t.text.equals(text) && t.edits == edits
                && t.prefix == prefix && t.maxExpansions == maxExpansions && t.widening == widening;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, text, edits, prefix, maxExpansions, widening);
    }

    /** The terms one automaton accepts, expanded by the top-terms rewrite. */
    private static final class Expansion extends MultiTermQuery {

        private final String text;
        private final int edits;
        private final int prefix;
        private final CompiledAutomaton automaton;

        Expansion(String field, String text, int edits, int prefix, CompiledAutomaton automaton, int maxExpansions) {
            super(field, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(maxExpansions));
            this.text = text;
            this.edits = edits;
            this.prefix = prefix;
            this.automaton = automaton;
        }

        @Override
        protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
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
            return sameClassAs(o) && o instanceof Expansion x && x.field.equals(field) && x.text.equals(text) && x.edits == edits
                    && x.prefix == prefix && x.getRewriteMethod().equals(getRewriteMethod());
        }

        @Override
        public int hashCode() {
            return Objects.hash(classHash(), field, text, edits, prefix);
        }
    }

    /**
     * The automata kept, bounded by their size in memory (Caffeine: reads take no lock, so concurrent searches do not
     * queue on one map; the rarely used go first). The same word asked by two searches at once is built once.
     */
    static final class Automata {

        private final Cache<String, CompiledAutomaton> byKey;

        Automata(long maxBytes) {
            this(maxBytes, ForkJoinPool.commonPool());
        }

        /** With the executor that runs evictions (the caller's thread in tests, so they are seen at once). */
        Automata(long maxBytes, Executor maintenance) {
            this.byKey = Caffeine.newBuilder()
                    .maximumWeight(maxBytes)
                    .weigher((String key, CompiledAutomaton a) -> (int) Math.min(Integer.MAX_VALUE, a.ramBytesUsed()))
                    .executor(maintenance)
                    .build();
        }

        CompiledAutomaton get(String key, Supplier<CompiledAutomaton> build) {
            return byKey.get(key, k -> build.get());
        }

        long size() {
            byKey.cleanUp();
            return byKey.estimatedSize();
        }

        long bytes() {
            byKey.cleanUp();
            return byKey.policy().eviction().orElseThrow().weightedSize().orElseThrow();
        }
    }
}
