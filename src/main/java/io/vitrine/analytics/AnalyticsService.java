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
import io.vitrine.events.EventsRecorded;
import io.vitrine.events.Interaction;
import io.vitrine.order.Order;
import io.vitrine.order.OrderPlaced;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.security.Caller;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The seller and admin dashboards' figures. Holds one {@link SalesCube}, rolled up from the database by
 * {@link RollupReader} off the deployment thread and again every {@code vitrine.analytics.rollup-hours} (which
 * reconciles anything the live path missed), and kept current in between by the shop's own CDI events: stored
 * interactions, placed orders and catalogue changes. Who may see what is decided here: a seller (or a partner key
 * bound to a seller) sees only that seller, an administrator any seller or the whole shop.
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
    @Resource
    ManagedScheduledExecutorService executor;

    private volatile SalesCube cube;
    /** The cube the last roll-up read, up to {@link #rolledUpTo}; the next one adds what is dated later. */
    private SalesCube rolledUp;
    private Instant rolledUpTo;
    /** Late events (see {@link #keepLate}) that arrived while a roll-up was reading. */
    private final List<Interaction> lateWhileReading = new ArrayList<>();
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

    /**
     * Reads the catalogue and the database into a cube, replays what arrived meanwhile, and swaps a copy of it in.
     * The first roll-up reads every event; each later one goes on from the cube the previous one read (kept aside,
     * never changed by the live path) and reads only the events and orders dated from its cutoff on, by one query on
     * {@code occurredAt} that the index serves: at ten times the demo store a full pass over 2.7 million events every
     * {@code vitrine.analytics.rollup-hours} is gone. A failed read makes the next roll-up a full one.
     */
    public void rollUp() {
        long t0 = System.nanoTime();
        // events are stored to the millisecond: a cutoff inside the current millisecond would leave out an event
        // stored just before this roll-up in that millisecond (counted live, then dropped by the swap until the next
        // roll-up); rounded up, such an event is read. One arriving during the read within that millisecond is read
        // and replayed, so the live figures may count it twice until the next roll-up (read from rolledUp, once).
        Instant cutoff = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusMillis(1);
        SalesCube base;
        Instant from;
        synchronized (lock) {
            pending = new ArrayList<>();
            base = rolledUp;
            from = rolledUpTo;
        }
        boolean full = base == null;
        SalesCube read = full ? new SalesCube() : base;
        RollupReader.Report report;
        try {
            java.util.Set<String> current = new java.util.HashSet<>();
            try (Stream<Product> all = products.streamAll()) {
                all.forEach(p -> {
                    read.product(SalesCube.ProductInfo.of(p));
                    current.add(p.id().value());
                });
            }
            read.announcedProducts().stream().filter(id -> !current.contains(id)).forEach(read::productRemoved);
            RollupReader reader = new RollupReader(mongo.database());
            report = full ? reader.read(read, cutoff) : reader.readSince(read, from, cutoff);
        } catch (RuntimeException e) {
            synchronized (lock) {
                pending = null;
                rolledUp = null; // half read: start afresh next time
                lateWhileReading.clear();
            }
            throw e;
        }
        SalesCube next = read.copy();
        synchronized (lock) {
            pending.forEach(change -> change.accept(next));
            pending = null;
            cube = next;
            lateWhileReading.forEach(read::event);
            lateWhileReading.clear();
            rolledUp = read;
            rolledUpTo = cutoff;
        }
        LOG.info(() -> String.format("Analytics rolled up (%s) in %.1f s: %d products, %d orders, %s",
                full ? "all events" : "since " + from, (System.nanoTime() - t0) / 1e9, next.productCount(),
                next.orderCount(), report));
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
     * Events dated before the last roll-up's cutoff (a partner's back-fill) go into its cube too: the next roll-up
     * reads only what is dated after that cutoff, and would otherwise drop them from the figures.
     */
    private void keepLate(List<Interaction> events) {
        try {
            synchronized (lock) {
                if (rolledUp != null) {
                    for (Interaction e : events) {
                        if (e.occurredAt().isBefore(rolledUpTo)) {
                            // while a roll-up reads, its cube is copied at the end: added after the copy, not twice
                            if (pending != null) {
                                lateWhileReading.add(e);
                            } else {
                                rolledUp.event(e);
                            }
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
        changedProducts.add(change.product().value(), executor);
    }

    /** A batch of an import: noted like single changes, read later in batches. */
    void onProductsChanged(@Observes io.vitrine.catalog.ProductsChanged changes) {
        changes.products().forEach(id -> changedProducts.add(id.value(), executor));
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
