package io.vitrine.search;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.DoubleRange;
import org.apache.lucene.facet.range.DoubleRangeFacetCounts;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The catalogue's search index. Thread-safe: any number of threads search while one feeds changes; a change
 * becomes visible when the near-real-time reader is refreshed ({@link #upsert} and {@link #delete} do it before
 * returning), and searches in flight keep the reader they started with.
 *
 * <p>Typical use from a CDI service: {@code replaceAll(repository.all(), signals)} at start-up, {@code upsert}
 * or {@code delete} on each product event, {@code search}/{@code suggest} per request, {@code close} at shutdown.
 */
public final class SearchEngine implements Closeable {

    private static final int FACET_TOP_N = 20;
    private static final int SUGGEST_MAX_CHARS = 100;
    private static final String[] RATING_STEPS = {"4", "3", "2", "1"};
    private static final String PRICE_DIM = "price";
    private static final String RATING_DIM = "rating";
    private static final List<String> FACET_DIMS = List.of(ProductDocuments.DIM_CATEGORY, ProductDocuments.DIM_SUB_CATEGORY,
            ProductDocuments.DIM_BRAND, ProductDocuments.DIM_COLOUR, ProductDocuments.DIM_SELLER, PRICE_DIM, RATING_DIM);

    private final SearchConfig config;
    private final Directory productDir;
    private final Directory suggestDir;
    private final IndexWriter writer;
    /** Serialises writers (never lock the IndexWriter itself: Lucene owns its monitor). */
    private final Object writeLock = new Object();
    private final SearcherManager manager;
    private final AutocompleteIndex autocomplete;
    private final FacetsConfig facetsConfig = ProductDocuments.facetsConfig();
    private final LongRange[] priceRanges;
    private final DoubleRange[] ratingRanges;
    /** Facet value -> label, for category and sub-category facets (ids are not what shoppers read). */
    private final Map<String, LocalizedText> labelsByValue = new ConcurrentHashMap<>();
    private volatile CatalogLabels labels = CatalogLabels.fromIds();
    private volatile Synonyms synonyms;
    /** Facet ordinals for the current reader; rebuilt lazily once per refresh. */
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {
    }

    public SearchEngine(SearchConfig config) {
        this.config = Objects.requireNonNull(config);
        this.synonyms = config.synonyms();
        this.priceRanges = config.priceRanges().stream()
                .map(r -> new LongRange(r.key(), r.fromCents(), true, r.toCents(), false)).toArray(LongRange[]::new);
        this.ratingRanges = Arrays.stream(RATING_STEPS)
                .map(s -> new DoubleRange(s, Double.parseDouble(s), true, 5.0, true)).toArray(DoubleRange[]::new);
        try {
            Optional<Path> path = config.indexPath();
            this.productDir = path.isPresent() ? FSDirectory.open(path.get().resolve("products")) : new ByteBuffersDirectory();
            this.suggestDir = path.isPresent() ? FSDirectory.open(path.get().resolve("suggest")) : new ByteBuffersDirectory();
            IndexWriterConfig iwc = new IndexWriterConfig(ProductDocuments.INDEX_ANALYZER);
            // the index is always rebuilt from the repository at start-up: it is a cache, never the truth
            iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            iwc.setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(productDir, iwc);
            this.manager = new SearcherManager(writer, null);
            this.autocomplete = new AutocompleteIndex(suggestDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    // ---------------------------------------------------------------- feeding

    /** Category labels used for relevance and facet labels; call {@link #replaceAll} after changing them. */
    public void useLabels(CatalogLabels newLabels) {
        this.labels = Objects.requireNonNull(newLabels);
    }

    /** Swaps the synonym list; takes effect on the next search, no re-index needed. */
    public void useSynonyms(Synonyms newSynonyms) {
        this.synonyms = Objects.requireNonNull(newSynonyms);
    }

    public Synonyms synonyms() {
        return synonyms;
    }

    /**
     * Rebuilds the whole index from the catalogue; searches keep seeing the old content until it is complete.
     * {@code signals} gives each product's popularity (use {@code p -> ProductSignals.NONE} when unknown).
     */
    public void replaceAll(Collection<Product> products, Function<Product, ProductSignals> signals) {
        try {
            synchronized (writeLock) {
                writer.deleteAll();
                autocomplete.clear();
                for (Product p : products) {
                    add(p, signals.apply(p));
                }
                writer.commit();
                autocomplete.commit();
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("search index rebuild failed", e);
        }
    }

    /** Adds or replaces one product and makes it searchable before returning. */
    public void upsert(Product product, ProductSignals signals) {
        try {
            synchronized (writeLock) {
                add(product, signals);
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index product " + product.id(), e);
        }
    }

    /** Removes one product (no-op when it is not indexed) and makes that visible before returning. */
    public void delete(ProductId id) {
        try {
            synchronized (writeLock) {
                writer.deleteDocuments(new Term(ProductDocuments.ID, id.value()));
                autocomplete.delete(id);
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete product " + id + " from the index", e);
        }
    }

    /**
     * Publishes pending changes to new searches; searches in flight keep their reader and are never blocked.
     * Waits for a running {@link #replaceAll} so that a half-rebuilt index is never published.
     */
    public void refresh() {
        try {
            synchronized (writeLock) {
                manager.maybeRefreshBlocking();
                autocomplete.refresh();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    private void add(Product p, ProductSignals signals) throws IOException {
        CatalogLabels l = labels;
        writer.updateDocument(new Term(ProductDocuments.ID, p.id().value()),
                ProductDocuments.toDocument(p, signals, l, config, facetsConfig));
        labelsByValue.put(ProductDocuments.DIM_CATEGORY + ":" + p.category(), l.category(p.category()));
        labelsByValue.put(ProductDocuments.DIM_SUB_CATEGORY + ":" + p.subCategory(), l.subCategory(p.category(), p.subCategory()));
        autocomplete.upsert(p, signals, l);
    }

    // ---------------------------------------------------------------- searching

    /**
     * Runs a search. A blank query (or one with no letters or digits, like "*") browses: every product that
     * passes the filters, best signals first. Never throws on odd input; index failures are unchecked.
     */
    public SearchResult search(SearchRequest request) {
        QueryText q = QueryText.of(request.query(), config.maxQueryChars(), config.maxQueryWords());
        IndexSearcher s = acquire();
        try {
            if (s.getIndexReader().numDocs() == 0) {
                return SearchResult.empty(request, q.truncated());
            }
            Query filter = filters(request);
            if (q.isEmpty()) {
                Page page = run(s, new MatchAllDocsQuery(), filter, request, null);
                return result(request, q, page, Optional.empty(), false);
            }
            try {
                return textSearch(s, q, filter, request);
            } catch (IndexSearcher.TooManyClauses e) {
                // many long words, each with many typo expansions: answer for the first words rather than fail
                return textSearch(s, q.firstWords(4), filter, request);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            release(s);
        }
    }

    private SearchResult textSearch(IndexSearcher s, QueryText q, Query filter, SearchRequest request) throws IOException {
        List<String> corrected = spellCheck(s.getIndexReader(), q.words());
        Optional<String> didYouMean = corrected.equals(q.words()) ? Optional.empty() : Optional.of(String.join(" ", corrected));
        Query strict = RelevanceQueries.strict(q, synonyms);
        Page page = run(s, strict, filter, request, strict);
        if (page.total > 0) {
            return result(request, q, page, didYouMean, false);
        }
        Query relaxed = RelevanceQueries.relaxed(q, corrected);
        Page loose = run(s, relaxed, filter, request, relaxed);
        return result(request, q, loose, didYouMean, loose.total > 0);
    }

    /** Up to {@code limit} suggestions for what the shopper is typing; empty for blank input. */
    public List<Suggestion> suggest(String prefix, String language, int limit) {
        try {
            return autocomplete.suggest(prefix, "fr".equalsIgnoreCase(language) ? "fr" : "en", Math.min(limit, 50), SUGGEST_MAX_CHARS);
        } catch (IOException e) {
            throw new UncheckedIOException("suggest failed", e);
        }
    }

    private record Page(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    }

    private Page run(IndexSearcher s, Query text, Query filter, SearchRequest r, Query highlightQuery) throws IOException {
        if (highlightQuery != null) {
            // expand typo queries once: the search and the highlighter then share plain term queries
            text = s.rewrite(text);
            highlightQuery = text;
        }
        // the signal blend multiplies the text score; browsing (no text) ranks by signals alone
        Query scored = FunctionScoreQuery.boostByValue(text, DoubleValuesSource.fromDoubleField(ProductDocuments.BOOST));
        Query query = filter == null ? scored
                : new BooleanQuery.Builder().add(scored, Occur.MUST).add(filter, Occur.FILTER).build();
        int window = (r.page() + 1) * r.size();
        FacetsCollectorManager fcm = new FacetsCollectorManager();
        Sort sort = sortOf(r.sort(), highlightQuery == null);
        FacetsCollectorManager.FacetsResult fr = sort == null
                ? FacetsCollectorManager.search(s, query, window, fcm)
                : FacetsCollectorManager.search(s, query, window, sort, true, fcm);
        TopDocs top = fr.topDocs();
        long total = top.totalHits.value;
        int from = Math.min(top.scoreDocs.length, r.page() * r.size());
        ScoreDoc[] pageDocs = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        List<SearchHit> hits = hits(s, pageDocs, top, highlightQuery, r.language());
        if (total == 0 && filter == null) {
            return new Page(0, hits, Map.of());
        }
        Map<String, List<FacetCount>> facets = facets(s, fr.facetsCollector(), r.language(), FACET_DIMS);
        for (String dim : FACET_DIMS) {
            if (isFiltered(r, dim)) {
                // multi-select facets: a filtered dimension is counted as if its own filter were off, so the
                // shopper still sees the other brands (colours, ...) they can add
                Query others = filters(r, dim);
                Query sideways = others == null ? scored
                        : new BooleanQuery.Builder().add(scored, Occur.MUST).add(others, Occur.FILTER).build();
                facets.putAll(facets(s, s.search(sideways, new FacetsCollectorManager()), r.language(), List.of(dim)));
            }
        }
        return new Page(total, hits, facets);
    }

    private static Sort sortOf(SearchSort sort, boolean browsing) {
        SortField tie = new SortField(ProductDocuments.ID, SortField.Type.STRING);
        return switch (sort) {
            case RELEVANCE -> browsing ? new Sort(SortField.FIELD_SCORE, tie) : null;
            case PRICE_ASC -> new Sort(new SortField(ProductDocuments.PRICE, SortField.Type.LONG), SortField.FIELD_SCORE, tie);
            case PRICE_DESC -> new Sort(new SortField(ProductDocuments.PRICE, SortField.Type.LONG, true), SortField.FIELD_SCORE, tie);
            case POPULARITY -> new Sort(new SortField(ProductDocuments.POPULARITY, SortField.Type.DOUBLE, true), SortField.FIELD_SCORE, tie);
            case NEWEST -> new Sort(new SortField(ProductDocuments.CREATED, SortField.Type.LONG, true), SortField.FIELD_SCORE, tie);
        };
    }

    private List<SearchHit> hits(IndexSearcher s, ScoreDoc[] docs, TopDocs top, Query highlightQuery, String lang) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        String nameField = "fr".equals(lang) ? ProductDocuments.NAME_FR : ProductDocuments.NAME_EN;
        String descField = "fr".equals(lang) ? ProductDocuments.DESC_FR : ProductDocuments.DESC_EN;
        String[] names = new String[docs.length];
        String[] snippets = new String[docs.length];
        if (highlightQuery != null) {
            // one pass over the page's stored documents for both fields
            Map<String, String[]> marked = highlighter(s, nameField).highlightFields(new String[]{nameField, descField},
                    new BooleanQuery.Builder().add(termsOf(highlightQuery, nameField), Occur.SHOULD)
                            .add(termsOf(highlightQuery, descField), Occur.SHOULD).build(),
                    new TopDocs(top.totalHits, docs), new int[]{1, 1});
            names = marked.get(nameField);
            snippets = marked.get(descField);
        }
        StoredFields stored = s.storedFields();
        List<SearchHit> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            var d = stored.document(docs[i].doc, Set.of(ProductDocuments.ID, nameField, descField));
            String name = names[i] != null ? names[i] : Html.escape(d.get(nameField));
            String snippet = snippets[i] != null ? snippets[i] : Html.escape(firstChars(d.get(descField), 200));
            out.add(new SearchHit(new ProductId(d.get(ProductDocuments.ID)), Float.isNaN(docs[i].score) ? 0 : docs[i].score, name, snippet));
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

    private Map<String, List<FacetCount>> facets(IndexSearcher s, FacetsCollector fc, String lang, List<String> dims) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        DefaultSortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        Facets counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : dims) {
            if (dim.equals(PRICE_DIM) || dim.equals(RATING_DIM)) {
                continue;
            }
            List<FacetCount> values = new ArrayList<>();
            if (counts != null && state.getOrdRange(dim) != null) {
                FacetResult res = counts.getTopChildren(FACET_TOP_N, dim);
                if (res != null) {
                    for (LabelAndValue lv : res.labelValues) {
                        LocalizedText label = labelsByValue.get(dim + ":" + lv.label);
                        values.add(new FacetCount(lv.label, label == null ? lv.label : label.in(lang), lv.value.longValue()));
                    }
                }
            }
            out.put(dim, List.copyOf(values));
        }
        if (dims.contains(PRICE_DIM)) {
            out.put(PRICE_DIM, priceCounts(fc));
        }
        if (dims.contains(RATING_DIM)) {
            out.put(RATING_DIM, ratingCounts(fc));
        }
        return out;
    }

    private List<FacetCount> priceCounts(FacetsCollector fc) throws IOException {
        FacetResult price = new LongRangeFacetCounts(ProductDocuments.PRICE, fc, priceRanges).getAllChildren(PRICE_DIM);
        List<FacetCount> priceCounts = new ArrayList<>();
        for (int i = 0; i < price.labelValues.length; i++) {
            LabelAndValue lv = price.labelValues[i];
            if (lv.value.longValue() > 0) {
                priceCounts.add(new FacetCount(lv.label, config.priceRanges().get(i).label(), lv.value.longValue()));
            }
        }
        return List.copyOf(priceCounts);
    }

    private List<FacetCount> ratingCounts(FacetsCollector fc) throws IOException {
        FacetResult rating = new DoubleRangeFacetCounts(ProductDocuments.RATING, fc, ratingRanges).getAllChildren(RATING_DIM);
        List<FacetCount> ratingCounts = new ArrayList<>();
        for (LabelAndValue lv : rating.labelValues) {
            if (lv.value.longValue() > 0) {
                ratingCounts.add(new FacetCount(lv.label, lv.label + "+", lv.value.longValue()));
            }
        }
        return List.copyOf(ratingCounts);
    }

    private DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader == reader) {
            return current.state;
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader == reader) {
                return current.state;
            }
            DefaultSortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            } catch (IllegalArgumentException noFacetField) {
                state = null; // no product carries any facet value yet
            }
            facetState = new FacetState(reader, state);
            return state;
        }
    }

    private static Query filters(SearchRequest r) {
        return filters(r, "");
    }

    /** The request's filters, leaving out those of dimension {@code except} (for its sideways counts). */
    private static Query filters(SearchRequest r, String except) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (String dim : FACET_DIMS) {
            if (!dim.equals(except)) {
                any |= anyOf(b, dim, values(r, dim));
            }
        }
        if (!except.equals(PRICE_DIM) && (r.minPriceCents().isPresent() || r.maxPriceCents().isPresent())) {
            b.add(LongPoint.newRangeQuery(ProductDocuments.PRICE, r.minPriceCents().orElse(0),
                    r.maxPriceCents().orElse(Long.MAX_VALUE)), Occur.FILTER);
            any = true;
        }
        if (!except.equals(RATING_DIM) && r.minRating().isPresent()) {
            b.add(DoublePoint.newRangeQuery(ProductDocuments.RATING, r.minRating().getAsDouble(), Double.POSITIVE_INFINITY), Occur.FILTER);
            any = true;
        }
        return any ? b.build() : null;
    }

    private static Set<String> values(SearchRequest r, String dim) {
        return switch (dim) {
            case ProductDocuments.DIM_CATEGORY -> r.categories();
            case ProductDocuments.DIM_SUB_CATEGORY -> r.subCategories();
            case ProductDocuments.DIM_BRAND -> r.brands();
            case ProductDocuments.DIM_COLOUR -> r.colours();
            case ProductDocuments.DIM_SELLER -> r.sellers();
            default -> Set.of();
        };
    }

    private static boolean isFiltered(SearchRequest r, String dim) {
        return switch (dim) {
            case PRICE_DIM -> r.minPriceCents().isPresent() || r.maxPriceCents().isPresent();
            case RATING_DIM -> r.minRating().isPresent();
            default -> !values(r, dim).isEmpty();
        };
    }

    private static boolean anyOf(BooleanQuery.Builder b, String dim, Set<String> values) {
        if (values.isEmpty()) {
            return false;
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        values.forEach(v -> or.add(new TermQuery(new Term("f_" + dim, v)), Occur.SHOULD));
        b.add(or.build(), Occur.FILTER);
        return true;
    }

    /**
     * "Did you mean": each word the catalogue has never seen replaced by its closest catalogue word. Candidates
     * come first from the typo automaton the query already built (cached per word); the spell checker, which
     * builds three automata of its own, only runs when that finds nothing.
     */
    private static List<String> spellCheck(IndexReader reader, List<String> words) throws IOException {
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

    private static SearchResult result(SearchRequest r, QueryText q, Page page, Optional<String> corrected, boolean relaxed) {
        return new SearchResult(r.query(), page.hits, page.total, r.page(), r.size(), page.facets, corrected, relaxed, q.truncated());
    }

    private IndexSearcher acquire() {
        try {
            return manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            manager.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits (for an on-disk index) and releases everything. */
    @Override
    public void close() {
        try {
            synchronized (writeLock) {
                writer.commit();
            }
        } catch (IOException | RuntimeException ignored) {
            // closing anyway: the index is rebuilt at the next start
        }
        try {
            IOUtils.close(manager, writer, autocomplete, productDir, suggestDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
