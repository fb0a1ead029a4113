package io.vitrine.catalog;

import io.vitrine.platform.startup.StartupStep;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Holds the catalogue's {@link CatalogueSnapshot} in one reference: read whole from the database at start-up, then
 * kept in step with every write. A write goes to the database first (durable); then {@link #refresh} re-reads the
 * products it touched and swaps in a snapshot with just those replaced. A write that failed changed nothing stored, so
 * re-reading leaves the snapshot as it was.
 * <p>
 * Refreshes are serialised and re-read inside the lock, so the last swap for a product always read it after its last
 * write. A writer that finds its product already re-read by another's refresh (the ids waiting are shared) returns at
 * once: concurrent writers share one re-read, as they share one commit to disk.
 */
@ApplicationScoped
public class CatalogueReadModel implements StartupStep {

    private static final Logger LOG = Logger.getLogger(CatalogueReadModel.class.getName());
    /** Above this many ids one query reads them all; below, one look-up by id each (indexed on every server). */
    private static final int SINGLE_READS = 16;

    /** The database underneath (the JNoSQL repository in the shop). */
    private ProductRepository database;

    private final AtomicReference<CatalogueSnapshot> current = new AtomicReference<>();
    private final Set<ProductId> waiting = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();

    protected CatalogueReadModel() {
    }

    /** Over a repository of its own (tests). */
    public CatalogueReadModel(ProductRepository database) {
        this.database = database;
    }

    @Inject
    void readFrom(MongoProductRepository stored) {
        this.database = stored;
    }

    @Override
    public Phase phase() {
        return Phase.INDEXES;
    }

    @Override
    public String name() {
        return "0-catalogue"; // before the search and photo indexes, which read the catalogue through it
    }

    @Override
    public void onStartup() {
        load();
    }

    /** Reads every product and swaps the whole snapshot in; writes that landed meanwhile are re-read after. */
    public void load() {
        long t0 = System.nanoTime();
        lock.lock();
        try {
            List<Product> all;
            try (Stream<Product> stream = database.streamAll()) {
                all = stream.toList();
            }
            CatalogueSnapshot before = current.get();
            current.set(CatalogueSnapshot.of(all, before == null ? 1 : before.version() + 1, Instant.now()));
            applyWaiting();
        } finally {
            lock.unlock();
        }
        LOG.info(() -> String.format("Catalogue read model loaded in %.1f s: %d products",
                (System.nanoTime() - t0) / 1e9, current.get().size()));
    }

    /** The live snapshot, or empty until the first {@link #load}. */
    public Optional<CatalogueSnapshot> snapshot() {
        return Optional.ofNullable(current.get());
    }

    /** Re-reads these products from the database and swaps in a snapshot with them; on return it holds them. */
    public void refresh(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        waiting.addAll(ids);
        if (current.get() == null) {
            return; // the load re-reads them once it is done
        }
        lock.lock();
        try {
            applyWaiting();
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #refresh}, but nothing is noted before the first load (a bulk store that the load reads whole). */
    public void refreshIfLoaded(Collection<ProductId> ids) {
        if (current.get() != null) {
            refresh(ids);
        }
    }

    /**
     * Products this node has just inserted (new ids, on disk as they are): put in as they are instead of being read
     * back, which for an import batch was a query and a conversion of 500 documents. An id the snapshot holds already
     * (another write refreshed it after the insert, or a deleted product came back) and any id waiting is re-read,
     * inside the same lock, so the last swap for a product still read it after its last write. Nothing is done
     * before the first load, which reads them. The instances become the snapshot's (shared, immutable).
     */
    public void inserted(Collection<Product> stored) {
        if (stored.isEmpty() || current.get() == null) {
            return;
        }
        lock.lock();
        try {
            CatalogueSnapshot snapshot = current.get();
            List<Product> fresh = new ArrayList<>(stored.size());
            for (Product p : stored) {
                if (snapshot.find(p.id()).isPresent()) {
                    waiting.add(p.id());
                } else {
                    fresh.add(p);
                }
            }
            if (!fresh.isEmpty()) {
                current.set(snapshot.with(fresh, List.of(), snapshot.version() + 1, Instant.now()));
            }
            applyWaiting();
        } finally {
            lock.unlock();
        }
    }

    /** Every change of a product, from this node's writes (and, once there, other nodes' change feed). */
    void onProductChanged(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) ProductChanged change) {
        try {
            refresh(List.of(change.product()));
        } catch (RuntimeException e) {
            // the write is stored; the product stays waiting and the next refresh re-reads it
            LOG.log(java.util.logging.Level.WARNING, "catalogue read model not refreshed for " + change.product(), e);
        }
    }

    /** Called with the lock held. */
    private void applyWaiting() {
        if (waiting.isEmpty()) {
            return;
        }
        List<ProductId> ids = new ArrayList<>(waiting);
        waiting.removeAll(ids);
        List<Product> found;
        try {
            found = reread(ids);
        } catch (RuntimeException e) {
            waiting.addAll(ids); // the next refresh tries them again
            throw e;
        }
        Set<ProductId> present = new HashSet<>();
        found.forEach(p -> present.add(p.id()));
        List<ProductId> gone = ids.stream().filter(id -> !present.contains(id)).toList();
        CatalogueSnapshot snapshot = current.get();
        current.set(snapshot.with(found, gone, snapshot.version() + 1, Instant.now()));
    }

    private List<Product> reread(List<ProductId> ids) {
        if (ids.size() > SINGLE_READS) {
            return database.findAll(ids);
        }
        List<Product> found = new ArrayList<>(ids.size());
        ids.forEach(id -> database.find(id).ifPresent(found::add));
        return found;
    }
}
