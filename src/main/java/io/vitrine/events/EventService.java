package io.vitrine.events;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ProductId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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

    @Resource
    ManagedExecutorService executor;

    private final Clock clock = Clock.systemUTC();
    private EventBatcher batcher;

    /**
     * @param sender          who sends the batch (partner name or account); scopes the idempotency keys
     * @param idempotencyKey  an {@code Idempotency-Key}: the same key and batch are stored once however often sent
     */
    public Recorded record(@NotNull String sender, @NotEmpty @Size(max = MAX_BATCH) List<@NotNull @Valid EventDraft> drafts,
                           Optional<String> idempotencyKey) {
        Instant now = clock.instant();
        List<Interaction> batch = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft draft = drafts.get(i);
            Interaction event = draft.toInteraction(now);
            String key = idempotencyKey.map(k -> "key:" + k).orElse(draft.id() != null ? "id:" + draft.id() : null);
            if (key != null) {
                // a key covers the whole batch, so the position tells its events apart
                event = event.withId(sha256(sender + "\u0000" + key + (idempotencyKey.isPresent() ? "\u0000" + i : "")));
            }
            batch.add(event);
        }
        requireKnownProducts(batch);
        int stored = events.insertNew(batch);
        metrics.eventsIngested(stored);
        recorded.fire(new EventsRecorded(batch));
        return new Recorded(stored, batch.size() - stored);
    }

    /** Stores events made by the shop itself (pages, orders); they carry fresh ids. */
    public void recordInternal(List<Interaction> batch) {
        events.insertAll(batch);
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
            batcher = new EventBatcher(this::store, executor, EventBatcher.CAPACITY, EventBatcher.BATCH,
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

    private void requireKnownProducts(List<Interaction> batch) {
        Set<String> named = batch.stream().flatMap(e -> e.productId().stream()).collect(Collectors.toSet());
        if (named.isEmpty()) {
            return;
        }
        Set<String> known = catalog.getAll(named.stream().map(ProductId::new).toList()).stream()
                .map(p -> p.id().value()).collect(Collectors.toSet());
        List<String> unknown = named.stream().filter(id -> !known.contains(id)).sorted().limit(10).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("unknown products: " + String.join(", ", unknown));
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
