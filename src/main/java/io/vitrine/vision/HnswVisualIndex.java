package io.vitrine.vision;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Lucene HNSW graph over the embeddings ({@link KnnFloatVectorField}, dot product, which equals the cosine on unit
 * vectors). Approximate; the graph is searched for at least {@link #CANDIDATES} candidates so that recall holds
 * for small {@code n}. A sub-category filter is a Lucene filter, and Lucene switches to exact search by itself
 * when the filter leaves few photos.
 */
final class HnswVisualIndex implements VisualIndex {

    static final int CANDIDATES = 64;
    static final int MAX_CONN = 16;
    static final int BEAM_WIDTH = 100;

    private static final String ID = "id";
    private static final String SUB = "sub";
    private static final String VECTOR = "v";

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int size;
    private final int dimension;

    HnswVisualIndex(Collection<IndexedImage> images) {
        this.size = images.size();
        this.dimension = images.isEmpty() ? 0 : images.iterator().next().vector().length;
        this.directory = new ByteBuffersDirectory();
        // two workers merge segment graphs on the machine's two cores
        ExecutorService merges = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "vision-hnsw-merge");
            t.setDaemon(true);
            return t;
        });
        try {
            IndexWriterConfig config = new IndexWriterConfig()
                    .setCodec(codec(new Lucene99HnswVectorsFormat(MAX_CONN, BEAM_WIDTH, 2, merges)))
                    // a buffer big enough for one segment (~700 bytes a 128-d photo) avoids rebuilding graphs on merge
                    .setRAMBufferSizeMB(Math.min(1536, Runtime.getRuntime().maxMemory() / 8 / (1 << 20)))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (IndexedImage image : images) {
                    if (image.vector().length != dimension) {
                        throw new IllegalArgumentException("embeddings of different lengths: " + dimension + " and " + image.vector().length);
                    }
                    Document doc = new Document();
                    doc.add(new StoredField(ID, image.productId()));
                    doc.add(new StringField(SUB, image.subCategory(), Field.Store.YES));
                    doc.add(new KnnFloatVectorField(VECTOR, image.vector(), VectorSimilarityFunction.DOT_PRODUCT));
                    writer.addDocument(doc);
                }
                // one segment: one graph to search instead of one per flushed segment
                writer.forceMerge(1);
            }
            this.reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the visual index", e);
        } finally {
            merges.shutdown();
        }
    }

    private static Codec codec(KnnVectorsFormat format) {
        return new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }

    @Override
    public List<VisualMatch> search(float[] query, int n, Optional<String> subCategory) {
        if (n <= 0 || size == 0) {
            return List.of();
        }
        if (query.length != dimension) {
            throw new IllegalArgumentException("query of length " + query.length + ", index has " + dimension);
        }
        int k = Math.max(n, CANDIDATES);
        KnnFloatVectorQuery knn = subCategory
                .map(s -> new KnnFloatVectorQuery(VECTOR, query, k, new TermQuery(new Term(SUB, s))))
                .orElseGet(() -> new KnnFloatVectorQuery(VECTOR, query, k));
        try {
            TopDocs top = searcher.search(knn, n);
            StoredFields fields = searcher.storedFields();
            List<VisualMatch> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = fields.document(hit.doc, Set.of(ID, SUB));
                // Lucene scores a dot product as (1 + dot) / 2
                out.add(new VisualMatch(doc.get(ID), doc.get(SUB), 2.0 * hit.score - 1.0));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("visual index search failed", e);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
