package io.vitrine.chat.faq;

import io.vitrine.chat.ChatLanguage;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BM25 over the FAQ / policy entries (Lucene, in memory, English and French analysers with stemming and stop
 * words): the question and the answer are searched with the message's words, the question counting double, and an
 * entry of the predicted intent gets a bonus so "can I send it back?" finds the returns policy even when few words
 * match. Immutable; the FAQ service builds a new one after every edit and swaps it.
 */
public final class FaqIndex {

    /** Weight of the predicted intent's entries against the words' BM25 score. */
    static final float INTENT_BOOST = 3.0f;
    static final float QUESTION_BOOST = 2.0f;

    private final IndexSearcher searcher;
    private final Map<String, FaqEntry> byId;
    private final Analyzer analyzer;

    private FaqIndex(IndexSearcher searcher, Map<String, FaqEntry> byId, Analyzer analyzer) {
        this.searcher = searcher;
        this.byId = byId;
        this.analyzer = analyzer;
    }

    public static FaqIndex of(List<FaqEntry> entries) {
        Analyzer analyzer = analyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Map<String, FaqEntry> byId = new HashMap<>();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (FaqEntry e : entries) {
                String l = e.lang().code();
                Document d = new Document();
                d.add(new StringField("id", e.id(), Field.Store.YES));
                d.add(new StringField("lang", l, Field.Store.NO));
                d.add(new StringField("intent", e.intent(), Field.Store.NO));
                d.add(new TextField("q_" + l, e.question(), Field.Store.NO));
                d.add(new TextField("a_" + l, e.answer(), Field.Store.NO));
                d.add(new StoredField("stored", e.id()));
                writer.addDocument(d);
                byId.put(e.id(), e);
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(new BM25Similarity());
            // a few dozen pages: caching queries saves nothing, and the shared LRU cache's lock made chat messages
            // wait for each other (JFR, session 5: the largest lock wait of a chat message)
            searcher.setQueryCache(null);
            return new FaqIndex(searcher, Map.copyOf(byId), analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put("q_en", new EnglishAnalyzer());
        fields.put("a_en", new EnglishAnalyzer());
        fields.put("q_fr", new FrenchAnalyzer());
        fields.put("a_fr", new FrenchAnalyzer());
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), fields);
    }

    public int size() {
        return byId.size();
    }

    /** The best entry in {@code lang} for the question, if any word or the intent matches. */
    public Optional<FaqEntry> best(String question, String intent, ChatLanguage lang) {
        return search(question, intent, lang, 1).stream().findFirst();
    }

    public List<FaqEntry> search(String question, String intent, ChatLanguage lang, int n) {
        String l = lang.code();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String t : terms("q_" + l, question)) {
            words.add(new BoostQuery(new TermQuery(new Term("q_" + l, t)), QUESTION_BOOST), Occur.SHOULD);
        }
        for (String t : terms("a_" + l, question)) {
            words.add(new TermQuery(new Term("a_" + l, t)), Occur.SHOULD);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(words.build(), Occur.SHOULD);
        if (intent != null && !intent.isBlank()) {
            any.add(new BoostQuery(new TermQuery(new Term("intent", intent)), INTENT_BOOST), Occur.SHOULD);
        }
        Query q = new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term("lang", l)), Occur.FILTER).build();
        try {
            List<FaqEntry> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, n)).scoreDocs) {
                FaqEntry e = byId.get(searcher.storedFields().document(sd.doc).get("id"));
                if (e != null) {
                    out.add(e);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> terms(String field, String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < 64) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
