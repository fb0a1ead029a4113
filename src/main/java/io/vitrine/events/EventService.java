package io.vitrine.events;

import io.vitrine.platform.BackgroundThreads;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.WriteSteps;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Records interactions: validates them, refuses unknown products, and stores each event once. */
@ApplicationScoped
public class EventService {

    public static final int MAX_BATCH = 1000;
    /** An anonymous session rarely has more; older events than these stay with the session id. */
    static final int MAX_MERGED = 500;

    /** How many events were stored, and how many were retries of events already stored. */
    public record Recorded(int accepted, int duplicates) {
    }

    @Inject
    io.vitrine.platform.metrics.ShopMetrics metrics = io.vitrine.platform.metrics.ShopMetrics.NONE;
    @Inject
    EventRepository events;
    @Inject
    CatalogService catalog;
    @Inject
    jakarta.enterprise.event.Event<EventsRecorded> recorded;
    @Inject
    jakarta.enterprise.event.Event<ShopperMerged> merged;

    @Inject
    BackgroundThreads background;

    private final Clock clock = Clock.systemUTC();
    private EventBatcher batcher;

    /**
     * Checks the whole batch in plain Java first ({@link EventDraft#requireValid}: a 400 naming every broken rule),
     * then stores each event once.
     *
     * @param sender          who sends the batch (partner name or account); scopes the event ids and idempotency keys
     * @param drafts          1 to {@value #MAX_BATCH} events
     * @param idempotencyKey  an {@code Idempotency-Key}: the same key and batch are stored once however often sent
     */
    public Recorded record(String sender, List<EventDraft> drafts, Optional<String> idempotencyKey) {
        Objects.requireNonNull(sender, "sender");
        if (drafts == null || drafts.isEmpty() || drafts.size() > MAX_BATCH || drafts.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("a request carries 1 to " + MAX_BATCH + " event objects");
        }
        Instant now = clock.instant();
        EventDraft.requireValid(drafts, now);
        EventIds ids = EventIds.of(sender);
        boolean oldIds = events.mayHoldLegacyIds();
        List<Interaction> batch = new ArrayList<>(drafts.size());
        // where the database may hold events under their ids of before ordered ids, those ids too: a retry of an
        // event stored then is a duplicate
        List<String> legacyIds = new ArrayList<>(oldIds ? drafts.size() : 0);
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft draft = drafts.get(i);
            Interaction event = draft.toInteraction(now);
            if (idempotencyKey.isPresent()) {
                // a key covers the whole batch, so the position tells its events apart
                event = event.withId(ids.ofIdempotencyKey(idempotencyKey.get(), i));
            } else if (draft.id() != null) {
                event = event.withId(ids.ofClientId(draft.id()));
            }
            if (oldIds && idempotencyKey.isPresent()) {
                legacyIds.add(ids.legacyOfIdempotencyKey(idempotencyKey.get(), i));
            } else if (oldIds) {
                legacyIds.add(draft.id() == null ? null : ids.legacyOfClientId(draft.id()));
            }
            batch.add(event);
        }
        requireKnownProducts(batch);
        int stored = events.insertNew(oldIds ? withoutLegacyCopies(batch, legacyIds) : batch);
        metrics.eventsIngested(stored);
        recorded.fire(new EventsRecorded(batch));
        return new Recorded(stored, batch.size() - stored);
    }

    /**
     * The events but those stored already under their id of before ordered ids (one look-up by id each). Ids are
     * never written in the old form again, so no insert races this.
     */
    private List<Interaction> withoutLegacyCopies(List<Interaction> batch, List<String> legacyIds) {
        List<String> asked = legacyIds.stream().filter(Objects::nonNull).toList();
        Set<String> stored = asked.isEmpty() ? Set.of() : events.storedIds(asked);
        if (stored.isEmpty()) {
            return batch;
        }
        List<Interaction> fresh = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (legacyIds.get(i) == null || !stored.contains(legacyIds.get(i))) {
                fresh.add(batch.get(i));
            }
        }
        return fresh;
    }

    /** Stores events made by the shop itself (pages, orders); they carry fresh ids. */
    public void recordInternal(List<Interaction> batch) {
        recordInternal(batch, WriteSteps.eachDurable());
    }

    /**
     * Stores events made by the shop itself as a step of a request ({@link WriteSteps}: an order's purchases, on disk
     * once the order awaits its steps). The live models hear of them at once, as of any recorded event.
     */
    public void recordInternal(List<Interaction> batch, WriteSteps steps) {
        events.insertAll(batch, steps);
        metrics.eventsIngested(batch.size());
        recorded.fire(new EventsRecorded(batch));
    }

    /**
     * Records events made by the shop itself (searches, page views, clicks, cart additions) without making the
     * caller wait for the database: the live models hear of them at once ({@link EventsRecorded}), as the shopper's
     * next page needs, and {@link EventBatcher} stores them in background batches through the durable group commit.
     * Nothing was acknowledged for them, so a full queue drops events (counted), never the page.
     */
    public void recordLater(List<Interaction> batch) {
        recorded.fire(new EventsRecorded(batch));
        batcher().offer(batch);
    }

    private synchronized EventBatcher batcher() {
        if (batcher == null) {
            batcher = new EventBatcher(this::store, BackgroundThreads.executor(background), EventBatcher.CAPACITY, EventBatcher.BATCH,
                    metrics::eventsDropped);
        }
        return batcher;
    }

    private void store(List<Interaction> batch) {
        events.insertAll(batch);
        metrics.eventsIngested(batch.size());
    }

    /** Shutting down: the queued events are written before any application bean (the database's too) is destroyed. */
    synchronized void drain(@Observes @BeforeDestroyed(ApplicationScoped.class) Object shutdown) {
        if (batcher != null) {
            batcher.close();
        }
    }

    /**
     * At log-in, what the shopper did anonymously ({@code anon:<session>}) becomes the account's, so the
     * recommendations they were getting carry over; the moved events are announced like new ones so the
     * in-memory histories follow.
     */
    public int mergeAnonymous(@NotNull String anonymousUser, @NotNull String accountId) {
        if (!anonymousUser.startsWith(Interaction.ANONYMOUS_PREFIX) || anonymousUser.equals(accountId)) {
            throw new InvalidInputException("only an anonymous shopper's events can be merged into an account");
        }
        batcher().flush(); // the session's latest page views may still be queued: store them before moving them
        List<Interaction> moved = events.reassign(anonymousUser, accountId, MAX_MERGED);
        if (merged != null) {
            merged.fire(new ShopperMerged(anonymousUser, accountId));
        }
        if (!moved.isEmpty()) {
            recorded.fire(new EventsRecorded(moved));
        }
        return moved.size();
    }

    public List<Interaction> history(String userId, int limit) {
        return events.findByUser(userId, limit);
    }

    /**
     * Every product the events name must exist. The catalogue's in-memory read model answers for the products it
     * holds; only the others (one created a moment ago on another node, or none at all) are read from the database.
     */
    private void requireKnownProducts(List<Interaction> batch) {
        Set<String> named = batch.stream().flatMap(e -> e.productId().stream()).collect(Collectors.toSet());
        Set<String> unsure = named.stream().filter(id -> catalog.entry(new ProductId(id)).isEmpty())
                .collect(Collectors.toSet());
        if (unsure.isEmpty()) {
            return;
        }
        Set<String> known = catalog.getAll(unsure.stream().map(ProductId::new).toList()).stream()
                .map(p -> p.id().value()).collect(Collectors.toSet());
        List<String> unknown = unsure.stream().filter(id -> !known.contains(id)).sorted().limit(10).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("unknown products: " + String.join(", ", unknown));
        }
    }
}
