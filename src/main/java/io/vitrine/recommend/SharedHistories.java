package io.vitrine.recommend;

import io.vitrine.events.EventsRecorded;
import io.vitrine.platform.cluster.Change;
import io.vitrine.platform.cluster.ChangeListener;
import io.vitrine.platform.cluster.ChangeLog;
import io.vitrine.platform.cluster.Cluster;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shoppers' recent histories across the nodes of a cluster: the events recorded on this node go to the cluster's
 * change log (topic {@value #TOPIC}), gathered for {@link #WINDOW} into one entry (at most {@link #BATCH} events), and
 * the other nodes' entries are added to this node's {@link RecentHistories}. So a shopper's events on node A count in
 * node B's session-aware recommendations within the window and one poll of the log (1 s by default). An entry carries
 * the events themselves (shopper, product, weight, time, purchase): the other nodes read nothing else, and a page
 * view that a background batch stores a moment later counts there as soon as it counts here. Recording never waits
 * for the log (a queue; a failed append is logged, and the events reach the other nodes' histories at their next
 * training read). One node: nothing is queued or written.
 */
@ApplicationScoped
public class SharedHistories implements ChangeListener {

    static final String TOPIC = "history";
    static final Duration WINDOW = Duration.ofMillis(100);
    static final int BATCH = 500;
    /** Events waiting for the log at most; more are left to the other nodes' next training read. */
    static final int QUEUE = 20_000;
    private static final Logger LOG = Logger.getLogger(SharedHistories.class.getName());

    @Inject
    Cluster cluster;
    @Inject
    RecentHistories histories;
    @Resource
    ManagedScheduledExecutorService managed;

    private ChangeLog log;
    private ScheduledExecutorService executor;
    private final Queue<RecentHistories.Kept> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicBoolean flushing = new AtomicBoolean();

    public SharedHistories() {
    }

    /** For tests: this node's log and histories; without an executor, {@link #flush} is called by the test. */
    SharedHistories(ChangeLog log, RecentHistories histories, ScheduledExecutorService executor) {
        this.log = log;
        this.histories = histories;
        this.executor = executor;
    }

    void onRecorded(@Observes EventsRecorded recorded) {
        if (log == null && !cluster.enabled()) {
            return;
        }
        for (RecentHistories.Kept k : RecentHistories.kept(recorded)) {
            if (queued.incrementAndGet() > QUEUE) {
                queued.decrementAndGet();
                dropped.incrementAndGet();
            } else {
                queue.add(k);
            }
        }
        flushSoon();
    }

    private void flushSoon() {
        ScheduledExecutorService on = executor != null ? executor : managed;
        if (on == null || !flushing.compareAndSet(false, true)) {
            return;
        }
        try {
            on.schedule(this::flush, WINDOW.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            flushing.set(false);
            LOG.log(Level.WARNING, "shoppers' events could not be shared now; they are with the next ones", e);
        }
    }

    /** Appends what is queued to the log, {@link #BATCH} events an entry. */
    void flush() {
        flushing.set(false); // events queued from here on schedule the next flush
        List<RecentHistories.Kept> batch = new ArrayList<>();
        RecentHistories.Kept k;
        while ((k = queue.poll()) != null) {
            queued.decrementAndGet();
            batch.add(k);
            if (batch.size() == BATCH) {
                announce(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            announce(batch);
        }
        int lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warning(() -> lost + " shoppers' events were not shared (more than " + QUEUE + " waiting); the other "
                    + "nodes see them at their next training read");
        }
    }

    private void announce(List<RecentHistories.Kept> batch) {
        try {
            (log != null ? log : cluster.changes()).append(TOPIC, batch.get(0).event().user().value(), encode(batch));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, batch.size() + " shoppers' events were not shared; the other nodes see them at their "
                    + "next training read", e);
        }
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** Another node's events: into this node's histories. */
    @Override
    public void apply(Change change) {
        histories.keep(decode(change.value()));
    }

    // ---- one entry's value: a line per event, tab-separated fields, ids escaped

    static String encode(List<RecentHistories.Kept> events) {
        StringBuilder out = new StringBuilder(events.size() * 64);
        for (RecentHistories.Kept k : events) {
            WeightedEvent e = k.event();
            out.append(escape(e.user().value())).append('\t').append(escape(e.item().value())).append('\t')
                    .append(e.weight()).append('\t').append(e.timestamp()).append('\t').append(k.purchase() ? 'P' : '-')
                    .append('\n');
        }
        return out.toString();
    }

    static List<RecentHistories.Kept> decode(String value) {
        List<RecentHistories.Kept> out = new ArrayList<>();
        for (String line : value.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new io.vitrine.platform.InvalidInputException("a shared history line has 5 fields: " + line);
            }
            out.add(new RecentHistories.Kept(new WeightedEvent(UserId.of(unescape(f[0])), ItemId.of(unescape(f[1])),
                    Double.parseDouble(f[2]), Long.parseLong(f[3])), "P".equals(f[4])));
        }
        return out;
    }

    private static String escape(String id) {
        return id.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A");
    }

    private static String unescape(String id) {
        return id.replace("%0A", "\n").replace("%09", "\t").replace("%25", "%");
    }
}
