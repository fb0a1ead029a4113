package io.vitrine.search;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Product;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** The index schema: which product text goes to which field, with which analysis and boost. */
final class ProductDocuments {

    /** A searched field: its analysis chain, its weight, and whether typos are forgiven in it. */
    record SearchField(String name, Analyzer analyzer, float boost, boolean fuzzy) {
    }

    static final String ID = "id";
    static final String NAME_EN = "name_en";
    static final String NAME_FR = "name_fr";
    static final String NAME_KEY = "name_key";
    /** Names unstemmed, both languages: where typos are matched, one automaton per word serves both languages. */
    static final String NAME_PLAIN = "name_plain";
    static final String BRAND = "brand_t";
    static final String CAT_EN = "cat_en";
    static final String CAT_FR = "cat_fr";
    static final String ATTRS = "attrs";
    static final String DESC_EN = "desc_en";
    static final String DESC_FR = "desc_fr";
    static final String SPELL = "spell";
    static final String PRICE = "price";
    static final String RATING = "rating";
    static final String POPULARITY = "popularity";
    static final String CREATED = "created";
    static final String BOOST = "boost";

    /** Facet dimensions; filters use the same name prefixed with "f_" (exact values). */
    static final String DIM_CATEGORY = "category";
    static final String DIM_SUB_CATEGORY = "subCategory";
    static final String DIM_BRAND = "brand";
    static final String DIM_COLOUR = "colour";
    static final String DIM_SELLER = "seller";

    /**
     * Names weigh most, then brand, then category labels; descriptions only break ties. Exact words are matched
     * on the stemmed language fields, typos on the plain name and brand fields.
     */
    static final SearchField[] SEARCHED = {
            new SearchField(NAME_EN, Analyzers.ENGLISH, 3.0f, false),
            new SearchField(NAME_FR, Analyzers.FRENCH, 3.0f, false),
            new SearchField(NAME_PLAIN, Analyzers.PLAIN, 3.0f, true),
            new SearchField(BRAND, Analyzers.PLAIN, 2.5f, true),
            new SearchField(CAT_EN, Analyzers.ENGLISH, 1.5f, false),
            new SearchField(CAT_FR, Analyzers.FRENCH, 1.5f, false),
            new SearchField(ATTRS, Analyzers.PLAIN, 1.0f, false),
            new SearchField(DESC_EN, Analyzers.ENGLISH, 0.3f, false),
            new SearchField(DESC_FR, Analyzers.FRENCH, 0.3f, false),
    };

    static final Analyzer INDEX_ANALYZER = new PerFieldAnalyzerWrapper(Analyzers.PLAIN, Map.of(
            NAME_EN, Analyzers.ENGLISH, NAME_FR, Analyzers.FRENCH, CAT_EN, Analyzers.ENGLISH, CAT_FR, Analyzers.FRENCH,
            DESC_EN, Analyzers.ENGLISH, DESC_FR, Analyzers.FRENCH));

    /** Stored with offsets in the postings so highlighting never re-analyses the text. */
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);
    /** The spelling dictionary needs terms only. */
    private static final FieldType TERMS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
        TERMS_ONLY.setIndexOptions(IndexOptions.DOCS);
        TERMS_ONLY.setOmitNorms(true);
        TERMS_ONLY.freeze();
    }

    private ProductDocuments() {
    }

    static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    static Document toDocument(Product p, ProductSignals signals, CatalogLabels labels, SearchConfig config,
                               FacetsConfig facets) {
        Document d = new Document();
        String id = p.id().value();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(id)));

        LocalizedText name = p.name();
        d.add(new Field(NAME_EN, name.en(), HIGHLIGHTED));
        d.add(new Field(NAME_FR, name.fr(), HIGHLIGHTED));
        d.add(new TextField(NAME_PLAIN, name.fr().equals(name.en()) ? name.en() : name.en() + " " + name.fr(), Field.Store.NO));
        d.add(new StringField(NAME_KEY, nameKey(name.en()), Field.Store.NO));
        if (!name.fr().equals(name.en())) {
            d.add(new StringField(NAME_KEY, nameKey(name.fr()), Field.Store.NO));
        }
        LocalizedText description = p.description();
        d.add(new Field(DESC_EN, description.en(), HIGHLIGHTED));
        d.add(new Field(DESC_FR, description.fr(), HIGHLIGHTED));

        StringJoiner spell = new StringJoiner(" ").add(name.en());
        if (!name.fr().equals(name.en())) {
            spell.add(name.fr());
        }
        Optional<String> brand = p.brand();
        brand.ifPresent(b -> {
            d.add(new TextField(BRAND, b, Field.Store.NO));
            facet(d, DIM_BRAND, b);
            spell.add(b);
        });

        LocalizedText cat = labels.category(p.category());
        LocalizedText sub = labels.subCategory(p.category(), p.subCategory());
        d.add(new TextField(CAT_EN, cat.en() + " " + sub.en(), Field.Store.NO));
        d.add(new TextField(CAT_FR, cat.fr() + " " + sub.fr(), Field.Store.NO));
        spell.add(cat.en()).add(sub.en());
        if (!cat.fr().equals(cat.en()) || !sub.fr().equals(sub.en())) {
            spell.add(cat.fr()).add(sub.fr());
        }
        facet(d, DIM_CATEGORY, p.category());
        facet(d, DIM_SUB_CATEGORY, p.subCategory());
        facet(d, DIM_SELLER, p.sellerId());
        colour(p).ifPresent(c -> facet(d, DIM_COLOUR, c));

        if (!p.attributes().isEmpty()) {
            d.add(new TextField(ATTRS, String.join(" ", p.attributes().values()), Field.Store.NO));
        }
        d.add(new Field(SPELL, spell.toString(), TERMS_ONLY));

        long cents = p.price().cents();
        d.add(new LongPoint(PRICE, cents));
        d.add(new NumericDocValuesField(PRICE, cents));
        double rating = p.averageRating().orElse(0.0);
        d.add(new DoublePoint(RATING, rating));
        d.add(new DoubleDocValuesField(RATING, rating));
        d.add(new DoubleDocValuesField(POPULARITY, signals.popularity()));
        d.add(new NumericDocValuesField(CREATED, p.createdAt().toEpochMilli()));
        d.add(new DoubleDocValuesField(BOOST, signalBoost(p, signals, config)));
        try {
            return facets.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // building facet fields in memory does no I/O
        }
    }

    /** A document's content in 32 bytes (SHA-256): equal digests, the same fields with the same values. */
    record Digest(byte[] sha256) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Digest d && MessageDigest.isEqual(sha256, d.sha256);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sha256);
        }

        @Override
        public String toString() {
            return HexFormat.of().formatHex(sha256);
        }
    }

    /**
     * The digest of every field of {@code d} as the index receives it (name, kind, value), in order: a field added to
     * {@link #toDocument} later is covered without being listed here.
     */
    static Digest digest(Document d) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (IndexableField f : d.getFields()) {
            update(sha, f.name());
            update(sha, f.getClass().getName());
            update(sha, f.fieldType().toString());
            if (f.stringValue() != null) {
                update(sha, "s" + f.stringValue());
            } else if (f.numericValue() != null) {
                update(sha, "n" + f.numericValue().getClass().getSimpleName() + f.numericValue());
            } else if (f.binaryValue() != null) {
                BytesRef b = f.binaryValue();
                update(sha, "b" + b.length);
                sha.update(b.bytes, b.offset, b.length);
            } else {
                update(sha, "-");
            }
        }
        return new Digest(sha.digest());
    }

    /** A string with its length first, so that no two sequences of strings feed the same bytes. */
    private static void update(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /** The whole name normalised ("FS Mini Klub Baby Boy's" -> "fs mini klub baby boy"): exact-name matches. */
    static String nameKey(String name) {
        return String.join(" ", Analyzers.tokens(Analyzers.PLAIN, NAME_KEY, name));
    }

    /**
     * The multiplicative relevance factor from popularity (saturating, so a best-seller cannot bury a better
     * text match) and a Bayesian average rating (a single 5-star vote counts less than a hundred 4.5s).
     */
    static double signalBoost(Product p, ProductSignals s, SearchConfig config) {
        double pop = s.popularity() / (s.popularity() + 10.0);
        int n = p.ratingCount();
        double bayes = (p.averageRating().orElse(0.0) * n + 3.0 * 5) / (n + 5);
        return 1.0 + config.popularityWeight() * pop + config.ratingWeight() * bayes / 5.0;
    }

    static Optional<String> colour(Product p) {
        for (Map.Entry<String, String> e : p.attributes().entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT);
            if (k.equals("colour") || k.equals("color") || k.equals("couleur") || k.equals("basecolour")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static void facet(Document d, String dim, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new SortedSetDocValuesFacetField(dim, value));
            d.add(new StringField("f_" + dim, value, Field.Store.NO));
        }
    }
}
