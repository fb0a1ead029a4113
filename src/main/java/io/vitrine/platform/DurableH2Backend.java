package io.vitrine.platform;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The embedded server's H2 backend, made durable: mongo-java-server answers a write as soon as its in-memory map
 * changed and leaves the disk to MVStore's background writer (a {@code kill -9} lost about half of the acknowledged
 * events). Here the store's own auto-commit is off, and every command that may change data waits, before its reply
 * leaves, for a {@link GroupCommit} (commit + fsync) that started after the change; concurrent writers share it.
 *
 * <p>The hook is {@link #handleCommand}: every OP_MSG and legacy {@code $cmd} query of the wire protocol (insert,
 * update, delete, findAndModify, bulk writes, index and collection commands, from JNoSQL or the plain driver) goes
 * through it. Only commands known to read are let through without waiting.
 *
 * <p>Its unique indexes order their keys with {@link IndexKeyType}: the same order as before, without the Java
 * serialisation per comparison that made an insert CPU-bound. Documents are stored as BSON ({@link DocumentType})
 * and index keys of one string as that string, not with an {@code ObjectOutputStream} each: a commit rewrites every
 * document and key of the pages it touches. Non-unique indexes on a top-level field, which the library ignores, are
 * kept ({@link FieldIndex}). Files written before stay readable; files written now need this backend.
 */
public class DurableH2Backend extends H2Backend {

    /** Commands that never change data (lower case). Anything else waits for the disk. */
    private static final Set<String> READS = Set.of(
            "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases", "hello",
            "ismaster", "ping", "buildinfo", "getlasterror", "serverstatus", "dbstats", "collstats", "killcursors",
            "endsessions", "getparameter", "whatsmyuri", "connectionstatus", "hostinfo", "getcmdlineopts",
            "getfreemonitoringstatus", "explain", "getlog", "saslstart", "saslcontinue", "currentop");

    private final MVStore store;
    private final GroupCommit groupCommit;
    /**
     * Commands that change data hold it shared while they run, a commit holds it alone while it writes the store:
     * so a commit never takes half a command (a document without its index entries, half an {@code insertMany}).
     */
    private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();

    public DurableH2Backend(String fileName) {
        // autoCommitDisabled() only stops MVStore's background writer; autoCommitBufferSize(0) stops the other auto
        // commit, the one a writer thread makes by itself once its unsaved changes pass the buffer (19-64 MB), in the
        // middle of a command and outside the command lock: a kill -9 after it left part of a command on disk (a
        // document without its _id index entry). Every commit is now the group commit's, between commands.
        this(new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open());
    }

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
        this.groupCommit = new GroupCommit("embedded-mongodb-group-commit", () -> {
            commands.writeLock().lock();
            try {
                store.commit();
            } finally {
                commands.writeLock().unlock();
            }
            store.sync();
        });
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * An inner class on purpose: H2Database opens the stored indexes from its constructor, before any field of a
     * subclass is set, while the enclosing backend (and its store) is already there.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            // opened first with the fast key type; H2Database's openMap(name) then finds this map open already
            getMvStore().openMap(indexMapName(getFullCollectionNamespace(collectionName), indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        /** Documents are stored as BSON ({@link DocumentType}): the map is opened with it before the library opens it. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            getMvStore().openMap(DATA_PREFIX + getFullCollectionNamespace(collectionName),
                    new MVMap.Builder<Object, Document>().valueType(new DocumentType()));
            return super.openOrCreateCollection(collectionName, options);
        }

        /** A non-unique index on a top-level field becomes a {@link FieldIndex}; the library ignores the rest. */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            if (sparse || !FieldIndex.supports(keys)) {
                return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
            }
            String namespace = getFullCollectionNamespace(collectionName);
            FieldIndex index = new FieldIndex(getMvStore(), indexMapName(namespace, indexName), indexName, keys);
            if (!index.built()) {
                // one pass over the stored documents (the library would make two), committed every 100,000 entries
                // so 2.7 million events' entries never wait in memory together; an index whose build a crash cut
                // off has no end mark and is built again
                MVMap<Object, Document> data = getMvStore().openMap(DATA_PREFIX + namespace);
                index.build(data.entrySet(), BUILD_CHUNK, getMvStore()::commit);
            }
            return index;
        }
    }

    /** Index entries built between two commits of the store when an index is built on existing documents. */
    private static final int BUILD_CHUNK = 100_000;

    /** The prefix of the name H2Database gives a collection's map of documents. */
    static final String DATA_PREFIX = "databases.";

    /** The name H2Database gives an index's map (its own method is private). */
    static String indexMapName(String collectionNamespace, String indexName) {
        return collectionNamespace + "._index_" + indexName;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!changesData(command, query)) {
            return super.handleCommand(channel, database, command, query);
        }
        commands.readLock().lock();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commands.readLock().unlock();
            // also after a failed command: a bulk write may have applied its first documents
            if (!unjournaled(query)) {
                groupCommit.awaitDurable();
            }
        }
    }

    /**
     * A write sent with write concern {@code j: false}: acknowledged once applied in memory, as MongoDB acknowledges
     * it. Only {@link WriteSteps} asks for it, for a request's steps that it then makes durable together with
     * {@link #awaitDurable()}; every other write (the client's concern is majority + journal) waits for the disk.
     */
    static boolean unjournaled(Document query) {
        return query != null && query.get("writeConcern") instanceof Document concern
                && Boolean.FALSE.equals(concern.get("j"));
    }

    /**
     * Returns once every change applied before the call is on disk: a group commit that started after the call
     * finished (shared with every other writer waiting).
     *
     * @throws GroupCommit.CommitFailedException when that commit failed
     */
    public void awaitDurable() {
        groupCommit.awaitDurable();
    }

    static boolean changesData(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return writesOut(query);
        }
        return !READS.contains(name);
    }

    /** An aggregation writes only through a final {@code $out} or {@code $merge} stage. */
    private static boolean writesOut(Document query) {
        Object pipeline = query == null ? null : query.get("pipeline");
        if (pipeline instanceof List<?> stages) {
            for (Object stage : stages) {
                if (stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every document of a collection, straight from the store's map, one page at a time: nothing is copied into a
     * list, unlike any query through the wire protocol (mongo-java-server builds a query's whole answer in memory, and
     * an aggregation starts from a copy of the whole collection; 2.7 million events did not fit a 2 GB heap). The
     * map is read as of the call (MVStore's copy-on-write pages), so concurrent writes neither block nor disturb it.
     * No collection: empty. The documents are the server's own; callers only read them.
     */
    public Stream<Map<String, Object>> documents(String database, String collection) {
        String map = DATA_PREFIX + database + "." + collection;
        if (!store.hasMap(map)) {
            return Stream.empty();
        }
        MVMap<Object, Document> data = store.openMap(map);
        return data.values().stream().map(d -> (Map<String, Object>) d);
    }

    /** The group commit's figures so far (commits, writes, mean time), for the log. */
    public String commitSummary() {
        return groupCommit.summary();
    }

    /** How many disk commits ran so far (tests check that concurrent writers and a request's steps shared them). */
    public long commits() {
        return groupCommit.commits();
    }

    @Override
    public void close() {
        groupCommit.close();
        super.close();
    }

    /** Whether every change so far is on disk (tests). */
    boolean hasUnsavedChanges() {
        return store.hasUnsavedChanges();
    }
}
