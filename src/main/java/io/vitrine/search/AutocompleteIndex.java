package io.vitrine.search;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Autocomplete over product names, brands, categories and sub-categories, in a small index of its own. Every
 * prefix of every word is indexed (edge n-grams), so the last word typed matches inside a title ("iphon" ->
 * "Apple iPhone 13"), and a fuzzy match on those prefixes forgives typos ("iphne"). Brands and categories are
 * one entry each, weighted by how many products carry them; the counts are kept in memory.
 */
final class AutocompleteIndex implements Closeable {

    private static final String KEY = "key";
    private static final String KIND = "kind";
    private static final String VALUE = "value";
    private static final String TEXT_EN = "text_en";
    private static final String TEXT_FR = "text_fr";
    private static final String GRAMS = "grams";
    private static final String WEIGHT = "weight";
    private static final int MAX_WORDS = 6;

    private final LuceneIndex index;
    private final IndexWriter writer;
    /** Entry key -> number of products behind it, for brands and categories. */
    private final Map<String, Integer> counts = new HashMap<>();
    /** Product -> the brand/category entries it counts in, so an update or delete can take it back out. */
    private final Map<ProductId, List<SharedEntry>> memberships = new HashMap<>();

    private record SharedEntry(String key, Suggestion.Kind kind, String value, LocalizedText text) {
    }

    /** In memory when {@code root} is empty, else in {@code root/suggest}. */
    AutocompleteIndex(Optional<Path> root) throws IOException {
        this.index = LuceneIndex.open(root, "suggest", new PerFieldAnalyzerWrapper(Analyzers.PLAIN, Map.of(GRAMS, Analyzers.EDGE_NGRAM)),
                IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
        this.writer = index.writer();
    }

    synchronized void upsert(Product p, ProductSignals signals, CatalogLabels labels) throws IOException {
        upsertAll(List.of(p), id -> signals, labels);
    }

    /**
     * Many products at once (an import's batch): each product's entry, then each brand or category entry they touch
     * written once with its final count, not once per product (500 products of one category rewrote that entry 500
     * times, each a delete and an edge n-gram analysis). The same entries as one {@link #upsert} per product.
     */
    synchronized void upsertAll(Collection<Product> products, Function<ProductId, ProductSignals> signals,
                                CatalogLabels labels) throws IOException {
        Map<String, SharedEntry> latest = new HashMap<>();
        for (Product p : products) {
            String id = p.id().value();
            writer.updateDocument(new Term(KEY, "p:" + id),
                    entry("p:" + id, Suggestion.Kind.PRODUCT, id, p.name(), 1 + signals.apply(p.id()).popularity()));
            List<SharedEntry> shared = new ArrayList<>();
            p.brand().ifPresent(b -> shared.add(new SharedEntry("b:" + b.toLowerCase(Locale.ROOT), Suggestion.Kind.BRAND, b, LocalizedText.same(b))));
            shared.add(new SharedEntry("c:" + p.category(), Suggestion.Kind.CATEGORY, p.category(), labels.category(p.category())));
            shared.add(new SharedEntry("s:" + p.category() + "/" + p.subCategory(), Suggestion.Kind.SUB_CATEGORY, p.subCategory(),
                    labels.subCategory(p.category(), p.subCategory())));
            List<SharedEntry> before = memberships.put(p.id(), shared);
            // only the entries the product joins or leaves change: a revision that keeps its brand and categories (a
            // price, a sale, a rating) rewrites none of them
            Set<SharedEntry> kept = new HashSet<>(before == null ? List.of() : before);
            kept.retainAll(shared);
            if (before != null) {
                before.stream().filter(e -> !kept.contains(e)).forEach(e -> {
                    counts.merge(e.key(), -1, Integer::sum);
                    latest.put(e.key(), e);
                });
            }
            shared.stream().filter(e -> !kept.contains(e)).forEach(e -> {
                counts.merge(e.key(), 1, Integer::sum);
                latest.put(e.key(), e);
            });
        }
        writeShared(latest);
    }

    synchronized void delete(ProductId id) throws IOException {
        writer.deleteDocuments(new Term(KEY, "p:" + id.value()));
        List<SharedEntry> before = memberships.remove(id);
        if (before != null) {
            before.forEach(e -> counts.merge(e.key(), -1, Integer::sum));
            Map<String, SharedEntry> changed = new HashMap<>();
            before.forEach(e -> changed.put(e.key(), e));
            writeShared(changed);
        }
    }

    synchronized void clear() throws IOException {
        writer.deleteAll();
        counts.clear();
        memberships.clear();
    }

    void refresh() throws IOException {
        index.refresh();
    }

    void commit() throws IOException {
        index.commit();
    }

    /** Rewrites these brand and category entries with their counts (the entry of each key: its latest text). */
    private void writeShared(Map<String, SharedEntry> changed) throws IOException {
        for (SharedEntry e : changed.values()) {
            int n = counts.getOrDefault(e.key(), 0);
            if (n <= 0) {
                counts.remove(e.key());
                writer.deleteDocuments(new Term(KEY, e.key()));
            } else {
                writer.updateDocument(new Term(KEY, e.key()), entry(e.key(), e.kind(), e.value(), e.text(), n));
            }
        }
    }

    private static Document entry(String key, Suggestion.Kind kind, String value, LocalizedText text, double weight) {
        Document d = new Document();
        d.add(new StringField(KEY, key, Field.Store.NO));
        d.add(new StoredField(KIND, kind.name()));
        d.add(new StoredField(VALUE, value));
        d.add(new StoredField(TEXT_EN, text.en()));
        d.add(new StoredField(TEXT_FR, text.fr()));
        String grams = text.fr().equals(text.en()) ? text.en() : text.en() + " " + text.fr();
        d.add(new TextField(GRAMS, grams, Field.Store.NO));
        // brands and categories group many products: a log keeps them from flooding the list
        d.add(new DoubleDocValuesField(WEIGHT, 1.0 + 0.1 * Math.log1p(weight)));
        return d;
    }

    List<Suggestion> suggest(String input, String language, int limit, int maxChars) throws IOException {
        QueryText q = QueryText.of(input, maxChars, MAX_WORDS);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        Query query = FunctionScoreQuery.boostByValue(query(q.words()), DoubleValuesSource.fromDoubleField(WEIGHT));
        return index.read(s -> {
            TopDocs top = s.search(query, limit * 3);
            StoredFields stored = s.storedFields();
            Set<String> seen = new HashSet<>();
            List<Suggestion> out = new ArrayList<>();
            String textField = "fr".equals(language) ? TEXT_FR : TEXT_EN;
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                String text = d.get(textField);
                Suggestion.Kind kind = Suggestion.Kind.valueOf(d.get(KIND));
                // identical product titles (same name, several sellers) are one suggestion
                if (seen.add(kind + ":" + text.toLowerCase(Locale.ROOT))) {
                    out.add(new Suggestion(text, kind, d.get(VALUE)));
                    if (out.size() == limit) {
                        break;
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /** Every word typed must start a word of the entry, exactly or within the typo allowance. */
    private static Query query(List<String> words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            one.add(new BoostQuery(new TermQuery(new Term(GRAMS, w)), 2f), Occur.SHOULD);
            int edits = Math.min(RelevanceQueries.editsFor(w), w.length() - 2);
            if (edits > 0) {
                one.add(TypoQuery.within(GRAMS, w, edits, 1, 20), Occur.SHOULD);
            }
            b.add(one.build(), Occur.MUST);
        }
        return b.build();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
