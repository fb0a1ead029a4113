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
import org.apache.lucene.index.SerialMergeScheduler;
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
 *
 * <p>Catalogue changes do not rebuild the graph: {@link #withProducts} deletes the changed products' photos and adds
 * their new ones through one {@link IndexWriter} that the successive snapshots share, and opens a near-real-time
 * reader over the result. Each snapshot's reader is a point-in-time view, so a snapshot never changes under a
 * search; new photos go to small segments with graphs of their own, which Lucene's merge policy folds into the big
 * one over time (on the thread that applies the change). Only the newest snapshot may be changed this way; an older
 * one is rebuilt from its own contents instead.
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
    /** Shared by the snapshots of one build: the writer of the changes (opened on the first) and the newest snapshot. */
    private final Lineage lineage;

    private static final class Lineage {
        IndexWriter writer;
        HnswVisualIndex newest;
    }

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
                    writer.addDocument(document(image, dimension));
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
        this.lineage = new Lineage();
        lineage.newest = this;
    }

    private HnswVisualIndex(Directory directory, DirectoryReader reader, int dimension, Lineage lineage) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.size = reader.numDocs();
        this.dimension = dimension;
        this.lineage = lineage;
    }

    private static Document document(IndexedImage image, int dimension) {
        if (image.vector().length != dimension) {
            throw new IllegalArgumentException("embeddings of different lengths: " + dimension + " and " + image.vector().length);
        }
        Document doc = new Document();
        doc.add(new StringField(ID, image.productId(), Field.Store.YES));
        doc.add(new StringField(SUB, image.subCategory(), Field.Store.YES));
        doc.add(new KnnFloatVectorField(VECTOR, image.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    /**
     * A new snapshot in which each product of {@code products} has exactly the photos of {@code images} that belong
     * to it (none: removed), without rebuilding the graph of the others. This snapshot stays as it was. Empty
     * for an older snapshot (the caller rebuilds) or an empty index, which has no dimension yet.
     */
    @Override
    public Optional<VisualIndex> withProducts(Set<String> products, Collection<IndexedImage> images) {
        synchronized (lineage) {
            if (lineage.newest != this || dimension == 0) {
                return Optional.empty();
            }
            try {
                if (lineage.writer == null) {
                    IndexWriterConfig config = new IndexWriterConfig()
                            .setCodec(codec(new Lucene99HnswVectorsFormat(MAX_CONN, BEAM_WIDTH)))
                            // merges run on the thread applying the change, never on threads of their own
                            .setMergeScheduler(new SerialMergeScheduler())
                            .setOpenMode(IndexWriterConfig.OpenMode.APPEND);
                    lineage.writer = new IndexWriter(directory, config);
                }
                IndexWriter writer = lineage.writer;
                writer.deleteDocuments(products.stream().map(p -> new Term(ID, p)).toArray(Term[]::new));
                for (IndexedImage image : images) {
                    if (!products.contains(image.productId())) {
                        throw new IllegalArgumentException("photo of " + image.productId() + " is not among the updated products");
                    }
                    writer.addDocument(document(image, dimension));
                }
                DirectoryReader next = DirectoryReader.openIfChanged(reader, writer, true);
                HnswVisualIndex snapshot = new HnswVisualIndex(directory, next == null ? DirectoryReader.open(writer) : next,
                        dimension, lineage);
                lineage.newest = snapshot;
                return Optional.of(snapshot);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update the visual index", e);
            }
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

    /** Closes this snapshot's reader, and the shared writer and directory only from the newest snapshot. */
    @Override
    public void close() {
        try {
            reader.close();
            synchronized (lineage) {
                if (lineage.newest == this) {
                    if (lineage.writer != null) {
                        lineage.writer.close();
                    }
                    directory.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
