package io.vitrine.analytics;

import io.vitrine.platform.ChangedKeys;
import io.vitrine.platform.startup.Repeating;
import io.vitrine.platform.startup.StartupStep;
import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.chat.handover.SellerMessage;
import io.vitrine.chat.handover.SellerMessageService;
import io.vitrine.events.EventScan;
import io.vitrine.events.EventsRecorded;
import io.vitrine.events.Interaction;
import io.vitrine.order.Order;
import io.vitrine.order.OrderPlaced;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.BackgroundThreads;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.startup.EventCheckpoint;
import io.vitrine.platform.startup.Snapshots;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The seller and admin dashboards' figures. Holds one {@link SalesCube}, rolled up from the database by
 * {@link RollupReader} off the deployment thread and again every {@code vitrine.analytics.rollup-hours}, saved in the
 * database after each (a warm start goes on from it: {@link RollUpSnapshot}), and kept current in between by the
 * shop's own CDI events: stored interactions, placed orders and catalogue changes. Who may see what is decided here:
 * a seller (or a partner key bound to a seller) sees only that seller, an administrator any seller or the whole shop.
 */
@ApplicationScoped
public class AnalyticsService implements StartupStep {

    private static final Logger LOG = Logger.getLogger(AnalyticsService.class.getName());

    @Inject
    MongoConnection mongo;
    @Inject
    ProductRepository products;
    @Inject
    SellerMessageService messages;
    @Inject
    @ConfigProperty(name = "vitrine.analytics.rollup-hours", defaultValue = "6")
    int rollupHours;
    /** A roll-up reads every event again once the last full read is this old (counts back-fills no read met). */
    @Inject
    @ConfigProperty(name = "vitrine.analytics.full-rollup-days", defaultValue = "7")
    int fullRollupDays = 7;
    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    BackgroundThreads background;

    /** Where the roll-up is saved between starts; package-private for tests. */
    Snapshots snapshots;

    private volatile SalesCube cube;
    /** The cube the last roll-up read, up to {@link #checkpoint}; the next one adds what is dated later. */
    private SalesCube rolledUp;
    private EventCheckpoint checkpoint = EventCheckpoint.NONE;
    /** The read in progress (null when none): it notes which late events it met. */
    private EventCheckpoint.Reading reading;
    /** While a roll-up is under way: late events are those dated before this (its overlap). */
    private long lateBefore;
    /** Late events heard while a roll-up loads the saved cube, before its read exists: watched once it does. */
    private final java.util.Set<String> watchFirst = new java.util.HashSet<>();
    /** True while {@link #rolledUp} is being saved: late events wait in {@link #lateMeanwhile}. */
    private boolean saving;
    /** {@link #rolledUp} holds late events its saved copy does not (saved again at shutdown). */
    private boolean unsaved;
    private boolean restoreTried;
    /** Ids of the late events counted into {@link #rolledUp}: a retried batch announces its events again. */
    private final java.util.Set<String> lateCounted = new java.util.HashSet<>();
    /** Late events (see {@link #keepLate}) that arrived while a roll-up was reading or saving. */
    private final List<Interaction> lateMeanwhile = new ArrayList<>();
    /** What arrived while a roll-up was reading (replayed onto the new cube); null when no roll-up runs. */
    private List<Consumer<SalesCube>> pending;
    private final Object lock = new Object();
    private Repeating schedule = Repeating.NONE;
    private final ChangedKeys<String> changedProducts = new ChangedKeys<>(500, this::reread, LOG,
            "analytics did not follow some catalogue changes (the next roll-up will)");

    /** After the demo store, the indexes and the models (phase FIGURES): the data exists, cores are freer. */
    @Override
    public Phase phase() {
        return Phase.FIGURES;
    }

    @Override
    public String name() {
        return "dashboard-rollup";
    }

    @Override
    public void onStartup() {
        Runnable rollup = Repeating.logging(this::rollUp, LOG, Level.SEVERE,
                "the analytics roll-up failed; dashboards answer 503 until the next one");
        if (executor == null) {
            rollup.run();
            return;
        }
        schedule = Repeating.every(executor, Duration.ZERO, Duration.ofHours(Math.max(1, rollupHours)), rollup);
    }

    @PreDestroy
    void stop() {
        schedule.stop();
    }

    /** How a roll-up went: from the cube saved by an earlier start, and whether it read every event. */
    public record RollUp(boolean restored, boolean full, RollupReader.Report report) {
    }

    /**
     * Reads the catalogue and the database into a cube, replays what arrived meanwhile, swaps a copy of it in and
     * saves it. The first roll-up of a start goes on from the cube an earlier start saved ({@link RollUpSnapshot},
     * in the database), else reads every event; each later one goes on from the cube the previous one read (kept
     * aside, never changed by the live path but for late events). Going on reads only the events and orders dated
     * from the checkpoint's overlap on ({@link EventCheckpoint}), by one query on {@code occurredAt} that the index
     * serves: at ten times the demo store a warm start no longer reads 2.7 million events (97 s). Every
     * {@code vitrine.analytics.full-rollup-days} the roll-up reads everything again; a failed read makes the next
     * roll-up a full one.
     */
    public RollUp rollUp() {
        long t0 = System.nanoTime();
        Instant now = Instant.now();
        // events are stored to the millisecond: a cutoff inside the current millisecond would leave out an event
        // stored just before this roll-up in that millisecond; rounded up, such an event is read
        long cutoff = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toEpochMilli() + 1;
        long stored = mongo.database().getCollection("events").estimatedDocumentCount();
        SalesCube base;
        EventCheckpoint from;
        boolean restore;
        synchronized (lock) {
            pending = new ArrayList<>();
            lateBefore = cutoff - EventCheckpoint.OVERLAP;
            base = rolledUp;
            from = checkpoint;
            restore = base == null && !restoreTried;
            restoreTried = true;
        }
        boolean restored = false;
        EventCheckpoint.Reading read;
        SalesCube into;
        RollupReader.Report report;
        try {
            if (restore) {
                Optional<RollUpSnapshot> saved = snapshots().load(RollUpSnapshot.NAME, RollUpSnapshot.FORMAT,
                        RollUpSnapshot::read).filter(s -> !s.checkpoint().unfit(stored, EventScan.READ_MAX));
                if (saved.isPresent()) {
                    base = saved.get().cube();
                    from = saved.get().checkpoint();
                    restored = true;
                }
            } else if (base != null && (from.olderThan(Duration.ofDays(Math.max(1, fullRollupDays)), now)
                    || from.unfit(stored, EventScan.READ_MAX))) {
                base = null;
            }
            read = (base == null ? EventCheckpoint.NONE : from).reading(cutoff);
            into = base == null ? new SalesCube() : base;
            synchronized (lock) {
                reading = read;
                watchFirst.forEach(read::watch);
                watchFirst.clear();
            }
            java.util.Set<String> current = new java.util.HashSet<>();
            try (Stream<Product> all = products.streamAll()) {
                all.forEach(p -> {
                    into.product(SalesCube.ProductInfo.of(p));
                    current.add(p.id().value());
                });
            }
            into.announcedProducts().stream().filter(id -> !current.contains(id)).forEach(into::productRemoved);
            report = new RollupReader(mongo.database()).read(into, read);
        } catch (RuntimeException e) {
            synchronized (lock) {
                pending = null;
                reading = null;
                watchFirst.clear();
                rolledUp = null; // half read: start afresh next time
                checkpoint = EventCheckpoint.NONE;
                lateMeanwhile.clear();
            }
            throw e;
        }
        SalesCube next = into.copy();
        EventCheckpoint reached = read.done(now.toEpochMilli(), stored);
        synchronized (lock) {
            pending.forEach(change -> change.accept(next));
            pending = null;
            cube = next;
            for (Interaction e : lateMeanwhile) {
                // dated before the new overlap: no later read covers it; counted here unless this read met it
                if (e.occurredAt().toEpochMilli() < reached.resumeFrom() && !read.met(e.id())) {
                    countLate(into, e);
                }
            }
            lateMeanwhile.clear();
            reading = null;
            rolledUp = into;
            checkpoint = reached;
            saving = true;
        }
        boolean full = read.full();
        boolean wasRestored = restored;
        LOG.info(() -> String.format("Analytics rolled up (%s) in %.1f s: %d products, %d orders, %s",
                full ? "all events" : (wasRestored ? "saved roll-up, then since " : "since ")
                        + Instant.ofEpochMilli(read.since()), (System.nanoTime() - t0) / 1e9, next.productCount(),
                next.orderCount(), report));
        save(into, reached);
        return new RollUp(restored, full, report);
    }

    /**
     * Saves the cube a roll-up read with its checkpoint ({@link #saving} set by the caller: late events wait), then
     * counts the late events that waited. A failed save is logged: the next start reads more, never wrong figures.
     */
    private void save(SalesCube state, EventCheckpoint reached) {
        long t0 = System.nanoTime();
        boolean saved = false;
        try {
            snapshots().save(RollUpSnapshot.NAME, RollUpSnapshot.FORMAT, new RollUpSnapshot(state, reached)::write);
            saved = true;
            LOG.info(() -> String.format("Analytics roll-up saved in %.1f s", (System.nanoTime() - t0) / 1e9));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the analytics roll-up was not saved; the next start reads the events again", e);
        } finally {
            synchronized (lock) {
                saving = false;
                lateMeanwhile.forEach(e -> countLate(state, e));
                unsaved = !saved || !lateMeanwhile.isEmpty();
                lateMeanwhile.clear();
            }
        }
    }

    /** Shutting down: late events counted since the last save are saved with the roll-up (cheap when none came). */
    void saveOnShutdown(@Observes(notifyObserver = Reception.IF_EXISTS) @BeforeDestroyed(ApplicationScoped.class)
                        Object shutdown) {
        SalesCube state;
        EventCheckpoint reached;
        synchronized (lock) {
            if (!unsaved || saving || pending != null || rolledUp == null) {
                return;
            }
            saving = true;
            state = rolledUp;
            reached = checkpoint;
        }
        save(state, reached);
    }

    /** Counts a late event into the roll-up's cube once (guarded by {@link #lock}); false when counted already. */
    private boolean countLate(SalesCube state, Interaction e) {
        if (lateCounted.size() >= 100_000) {
            lateCounted.clear();
        }
        if (!lateCounted.add(e.id())) {
            return false;
        }
        state.event(e);
        return true;
    }

    private Snapshots snapshots() {
        if (snapshots == null) {
            snapshots = new Snapshots(mongo.database());
        }
        return snapshots;
    }

    public boolean ready() {
        return cube != null;
    }

    // ---- live updates (never throw back into the shop's write path)

    void onEvents(@Observes EventsRecorded recorded) {
        apply(c -> recorded.events().forEach(c::event), "events");
        keepLate(recorded.events());
    }

    /**
     * Events dated before the last roll-up's overlap (a partner's back-fill) go into its cube too: the next roll-up
     * reads only what is dated from that overlap on, and would otherwise drop them from the figures. Those of the
     * overlap and later are left to it (it reads them once they are stored, and skips those it counted). While a
     * roll-up reads, they wait for its end (it may meet them: stored as it passed), and while it saves, for the save.
     */
    private void keepLate(List<Interaction> events) {
        try {
            synchronized (lock) {
                for (Interaction e : events) {
                    long at = e.occurredAt().toEpochMilli();
                    if (pending != null) {
                        if (at < lateBefore) {
                            if (reading != null) {
                                reading.watch(e.id());
                            } else {
                                watchFirst.add(e.id());
                            }
                            lateMeanwhile.add(e);
                        }
                    } else if (rolledUp != null && at < checkpoint.resumeFrom()) {
                        if (saving) {
                            lateMeanwhile.add(e);
                        } else {
                            unsaved |= countLate(rolledUp, e);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a late event not kept for the next roll-up", e);
        }
    }

    void onOrder(@Observes OrderPlaced placed) {
        Order o = placed.order();
        List<SalesCube.Line> lines = o.lines().stream()
                .map(l -> new SalesCube.Line(l.productId(), l.sellerId(), l.total().cents(), l.quantity())).toList();
        apply(c -> c.order(o.number(), o.accountId(), o.placedAt().toEpochMilli(), lines), "order " + o.number());
    }

    /**
     * Notes the product and reads it later, off the caller's thread and in batches: an import announces thousands
     * of products one by one, and one database read each would slow the import down.
     */
    void onProductChanged(@Observes ProductChanged change) {
        changedProducts.add(change.product().value(), BackgroundThreads.executor(background));
    }

    /** A batch of an import: noted like single changes, read later in batches. */
    void onProductsChanged(@Observes io.vitrine.catalog.ProductsChanged changes) {
        Executor drains = BackgroundThreads.executor(background);
        changes.products().forEach(id -> changedProducts.add(id.value(), drains));
    }

    /** Re-reads a batch of noted products (500 per query) and updates (or drops) them in the cube. */
    private void reread(List<String> batch) {
        java.util.Map<String, Product> found = new java.util.HashMap<>();
        products.findAll(batch.stream().map(io.vitrine.catalog.ProductId::new).toList())
                .forEach(p -> found.put(p.id().value(), p));
        for (String id : batch) {
            Product p = found.get(id);
            apply(c -> {
                if (p == null) {
                    c.productRemoved(id);
                } else {
                    c.product(SalesCube.ProductInfo.of(p));
                }
            }, "product " + id);
        }
    }

    /** Orders bypass {@link OrderPlaced} only in tests and imports; this is their way in. */
    void apply(Consumer<SalesCube> change, String what) {
        try {
            synchronized (lock) {
                if (pending != null) {
                    pending.add(change);
                }
                SalesCube c = cube;
                if (c != null) {
                    change.accept(c);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "analytics not updated for " + what + " (the next roll-up will count it)", e);
        }
    }

    // ---- reading, with access rules

    /**
     * The dashboard of one seller, or of the whole shop when {@code sellerId} is empty (administrators only); a
     * seller's caller always gets their own seller, whatever they ask for, unless they ask for another (403).
     */
    public Dashboard dashboard(@NotNull Caller caller, @NotNull Optional<String> sellerId, @NotNull Period period) {
        Scope scope = scope(caller, sellerId);
        return Reports.dashboard(requireCube(), scope, period).withOpenMessages(openMessages(caller, scope));
    }

    /**
     * Messages shoppers left through the chat assistant that are not done yet: the seller's, or for the whole shop
     * those addressed to the shop itself. Unknown (empty) if the chat's store cannot be read.
     */
    Optional<Long> openMessages(Caller caller, Scope scope) {
        if (messages == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(messages.forSeller(caller, scope.sellerId().orElse(SellerMessage.SHOP)).stream()
                    .filter(m -> m.status() != SellerMessage.Status.DONE).count());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "open messages not counted", e);
            return Optional.empty();
        }
    }

    public Figures figures(@NotNull Caller caller, @NotNull Optional<String> sellerId, @NotNull Period period) {
        return requireCube().figures(scope(caller, sellerId), period);
    }

    public Page<ProductRow> products(@NotNull Caller caller, @NotNull Optional<String> sellerId, @NotNull Period period,
                                     @NotNull @Valid Reports.RowQuery query) {
        Scope scope = scope(caller, sellerId);
        return Reports.page(Reports.rows(requireCube(), scope, period), query);
    }

    /** Whose figures the caller may read: never another seller's. */
    public Scope scope(Caller caller, Optional<String> sellerId) {
        caller.requireAuthenticated();
        if (caller.isAdmin()) {
            return sellerId.map(Scope::seller).orElse(Scope.SHOP);
        }
        // sellers and seller-bound partner keys: their own seller only; unbound partner keys are integrations,
        // not shop owners, and see no figures
        String own = caller.sellerId().orElseThrow(() ->
                AccessDeniedException.forbidden("figures are for sellers and administrators"));
        if (sellerId.isPresent() && !sellerId.get().equals(own)) {
            throw AccessDeniedException.forbidden("you may only read your own figures");
        }
        return Scope.seller(own);
    }

    private SalesCube requireCube() {
        SalesCube c = cube;
        if (c == null) {
            throw new AnalyticsUnavailableException("the figures are being computed; retry in a few seconds");
        }
        return c;
    }

    /** For tests and benchmarks: the service over a given cube, without a container. */
    static AnalyticsService over(SalesCube cube) {
        AnalyticsService s = new AnalyticsService();
        s.cube = cube;
        return s;
    }

    /** Counts a shop event directly (the live path without CDI; tests). */
    void record(Interaction e) {
        apply(c -> c.event(e), "event");
    }
}
