package io.vitrine.platform;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keys an observer notes one by one (an import announces thousands of products) and hands over later in batches,
 * off the caller's thread, so the caller never pays one read per key. At most one drain is queued on the executor;
 * what arrives meanwhile is taken by that drain or the next. Without an executor (tests, tools), or when it refuses
 * the task, the caller drains at once. A batch that fails is logged in the feature's words and not retried (the
 * feature's next full read catches up).
 */
public final class ChangedKeys<K> {

    private final Set<K> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final int batchSize;
    private final Consumer<List<K>> handler;
    private final Logger log;
    private final String failure;

    public ChangedKeys(int batchSize, Consumer<List<K>> handler, Logger log, String failure) {
        this.batchSize = batchSize;
        this.handler = handler;
        this.log = log;
        this.failure = failure;
    }

    /** Notes {@code key}; it is handed over soon on {@code executor}, or now on this thread when that is null. */
    public void add(K key, Executor executor) {
        pending.add(key);
        if (executor == null) {
            drain(null);
        } else if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> drain(executor));
            } catch (RuntimeException refused) {
                queued.set(false);
                drain(null);
            }
        }
    }

    private void drain(Executor executor) {
        try {
            while (!pending.isEmpty()) {
                List<K> batch = new ArrayList<>(batchSize);
                Iterator<K> it = pending.iterator();
                while (it.hasNext() && batch.size() < batchSize) {
                    batch.add(it.next());
                    it.remove();
                }
                handler.accept(batch);
            }
        } catch (RuntimeException e) {
            log.log(Level.WARNING, failure, e);
        } finally {
            if (executor != null) {
                queued.set(false);
                if (!pending.isEmpty() && queued.compareAndSet(false, true)) {
                    executor.execute(() -> drain(executor));
                }
            }
        }
    }
}
