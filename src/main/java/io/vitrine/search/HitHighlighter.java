package io.vitrine.search;

import io.vitrine.catalog.ProductId;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a page of matches into {@link SearchHit}s: the name whole and the description's best sentence in the
 * shopper's language, HTML-escaped, with the matched words (typos included) wrapped in {@code <mark>}.
 */
final class HitHighlighter {

    private static final int PLAIN_SNIPPET_CHARS = 200;

    private HitHighlighter() {
    }

    /**
     * The page's hits; {@code matched} is the rewritten text query whose terms are marked, empty when browsing
     * (nothing to mark: names and descriptions are only escaped).
     */
    static List<SearchHit> hits(Cache cache, IndexSearcher s, ScoreDoc[] docs, TopDocs top, Optional<Query> matched,
                                String lang) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        String nameField = "fr".equals(lang) ? ProductDocuments.NAME_FR : ProductDocuments.NAME_EN;
        String descField = "fr".equals(lang) ? ProductDocuments.DESC_FR : ProductDocuments.DESC_EN;
        String[] names = new String[docs.length];
        String[] snippets = new String[docs.length];
        if (matched.isPresent()) {
            // one pass over the page's stored documents for both fields
            Map<String, String[]> marked = cache.of(s, lang).highlightFields(new String[]{nameField, descField},
                    new BooleanQuery.Builder().add(termsOf(matched.get(), nameField), Occur.SHOULD)
                            .add(termsOf(matched.get(), descField), Occur.SHOULD).build(),
                    new TopDocs(top.totalHits, docs), new int[]{1, 1});
            names = marked.get(nameField);
            snippets = marked.get(descField);
        }
        String[] ids = ids(s, docs);
        StoredFields stored = s.storedFields();
        List<SearchHit> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            String name = names[i];
            String snippet = snippets[i];
            if (name == null || snippet == null) {
                // browsing, or nothing to mark in a field: the stored text, escaped (the highlighter read it already
                // otherwise: reading a stored document decompresses its block, the main cost of a search page)
                var d = stored.document(docs[i].doc, Set.of(nameField, descField));
                name = name != null ? name : Html.escape(d.get(nameField));
                snippet = snippet != null ? snippet : Html.escape(firstChars(d.get(descField), PLAIN_SNIPPET_CHARS));
            }
            out.add(new SearchHit(new ProductId(ids[i]), Float.isNaN(docs[i].score) ? 0 : docs[i].score, name, snippet));
        }
        return out;
    }

    /** The page's hits with their ids and scores only (empty name and snippet): for callers that show no results page. */
    static List<SearchHit> unmarked(IndexSearcher s, ScoreDoc[] docs) throws IOException {
        String[] ids = ids(s, docs);
        List<SearchHit> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            out.add(new SearchHit(new ProductId(ids[i]), Float.isNaN(docs[i].score) ? 0 : docs[i].score, "", ""));
        }
        return out;
    }

    /**
     * The product ids of the page's documents, from the id's doc values (no stored document read): the documents in
     * index order, so that each segment's doc values are opened once and only move forward (opening them per hit was a
     * fifth of a products-only search).
     */
    private static String[] ids(IndexSearcher s, ScoreDoc[] docs) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        String[] out = new String[docs.length];
        LeafReaderContext leaf = null;
        SortedDocValues values = null;
        for (int i : order) {
            int doc = docs[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = DocValues.getSorted(leaf.reader(), ProductDocuments.ID);
            }
            if (!values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("document " + doc + " has no product id");
            }
            out[i] = values.lookupOrd(values.ordValue()).utf8ToString();
        }
        return out;
    }

    /**
     * Highlighting with the full query would re-run every clause on every field for every hit; the terms it
     * matched in one field (typos already expanded by the rewrite) are all the highlighter needs.
     */
    private static Query termsOf(Query rewritten, String field) {
        Set<Term> terms = new HashSet<>();
        rewritten.visit(QueryVisitor.termCollector(terms));
        Set<Term> inField = new HashSet<>();
        for (Term t : terms) {
            if (t.field().equals(field)) {
                inField.add(t);
            } else if (t.field().equals(ProductDocuments.NAME_PLAIN) && field.startsWith("name_")) {
                // typos were matched on the plain name: mark the same words in the language's name
                var analyzer = field.equals(ProductDocuments.NAME_FR) ? Analyzers.FRENCH : Analyzers.ENGLISH;
                inField.add(new Term(field, Analyzers.term(analyzer, field, t.text())));
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        inField.stream().limit(IndexSearcher.getMaxClauseCount()).forEach(t -> b.add(new TermQuery(t), Occur.SHOULD));
        return b.build();
    }

    /**
     * The highlighters of the current snapshot, one per language, for one engine: a highlighter is thread-safe and reads
     * its snapshot's merged field infos once, which a new highlighter per search did on every search (over every
     * segment). A new snapshot (searcher) gets new ones.
     */
    static final class Cache {

        private record Highlighters(IndexSearcher searcher, UnifiedHighlighter en, UnifiedHighlighter fr) {
        }

        private volatile Highlighters current;

        UnifiedHighlighter of(IndexSearcher s, String lang) {
            Highlighters h = current;
            if (h == null || h.searcher() != s) {
                h = new Highlighters(s, highlighter(s, ProductDocuments.NAME_EN), highlighter(s, ProductDocuments.NAME_FR));
                current = h;
            }
            return "fr".equals(lang) ? h.fr() : h.en();
        }
    }

    private static UnifiedHighlighter highlighter(IndexSearcher s, String nameField) {
        UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(s, ProductDocuments.INDEX_ANALYZER)
                // escape=true: the product text is HTML-escaped before <mark> is added
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withWeightMatches(false)
                .withMaxLength(10_000)
                .withMaxNoHighlightPassages(1);
        return new UnifiedHighlighter(b) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                // a name is shown whole; a description as its best sentence
                return field.equals(nameField) ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.ROOT);
            }
        };
    }

    private static String firstChars(String text, int n) {
        if (text == null) {
            return "";
        }
        return text.length() <= n ? text : text.substring(0, n) + "…";
    }
}
