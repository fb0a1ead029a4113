package io.vitrine.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One Lucene index: its directory, its one writer, and the near-real-time snapshots (searchers) it publishes.
 * A search works on the snapshot it acquired; {@link #refresh} swaps in a new one for later searches only.
 * The index is a cache of the catalogue, so it is always created empty and rebuilt, never reopened.
 */
final class LuceneIndex implements Closeable {

    /** A read against one snapshot. */
    @FunctionalInterface
    interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    static final double SEGMENTS_PER_TIER = 3;

    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager snapshots;

    private LuceneIndex(Directory dir, IndexWriterConfig config) throws IOException {
        this.dir = dir;
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        this.writer = new IndexWriter(dir, config);
        this.snapshots = new SearcherManager(writer, null);
    }

    /** In memory when {@code root} is empty, else in the folder {@code root/name}. */
    static LuceneIndex open(Optional<Path> root, String name, Analyzer analyzer, double ramBufferMb) throws IOException {
        Directory dir = root.isPresent() ? FSDirectory.open(root.get().resolve(name)) : new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setRAMBufferSizeMB(ramBufferMb);
        config.setMergePolicy(mergePolicy());
        return new LuceneIndex(dir, config);
    }

    /** The one writer; callers serialise their writes (never lock the IndexWriter itself: Lucene owns its monitor). */
    IndexWriter writer() {
        return writer;
    }

    /** Runs {@code read} on the current snapshot, which stays valid however the index changes meanwhile. */
    <T> T read(Read<T> read) throws IOException {
        IndexSearcher s = snapshots.acquire();
        try {
            return read.apply(s);
        } finally {
            snapshots.release(s);
        }
    }

    /**
     * Few segments: every refresh (a quarter of a second of revisions) flushes a small segment, and each search pays
     * per segment for every term of its query, the typo expansions, the highlighter's look-ups and the facet ordinals.
     * Lucene's default tolerates 10 segments a tier before merging; merging 3 small ones at a time keeps about 2-3 (7-8
     * by default under the load test's edits), for a fifth less CPU a search, the merges included.
     */
    static TieredMergePolicy mergePolicy() {
        TieredMergePolicy p = new TieredMergePolicy();
        p.setSegmentsPerTier(SEGMENTS_PER_TIER);
        p.setMaxMergeAtOnce((int) SEGMENTS_PER_TIER);
        return p;
    }

    /** Publishes what was written so far to later reads; reads in flight keep their snapshot. */
    void refresh() throws IOException {
        snapshots.maybeRefreshBlocking();
    }

    void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(snapshots, writer, dir);
    }
}
