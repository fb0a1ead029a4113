package io.vitrine.recommend;

import io.vitrine.events.EventsRecorded;
import io.vitrine.events.InteractionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.util.Set;

/**
 * Each shopper's latest events and bought items, in memory: seeded from the training read, then kept current by
 * the {@link EventsRecorded} events of the shop. Reading them from MongoDB per request cost 3.5 s on the embedded
 * server (no secondary index on userId, 275k events); a view recorded a moment ago still counts at once. In a
 * cluster the events recorded on the other nodes arrive through {@link SharedHistories}.
 */
@ApplicationScoped
public class RecentHistories {

    /** Enough for the session-aware part (last few events) and the kNN/iALS fold-in of a shopper's taste. */
    static final int KEEP = 100;

    /** Immutable: a change replaces the whole entry, so readers need no lock. */
    private record Shopper(List<WeightedEvent> recent, Set<ItemId> bought) {
    }

    /** Retention (README): at most this many shoppers in memory, least recently used first out... */
    static final long MAX_SHOPPERS = 200_000;
    /** ...and an anonymous session's history is dropped this long after its last event or read. */
    static final Duration ANONYMOUS_IDLE = Duration.ofDays(2);

    private final Map<UserId, Shopper> shoppers = Caffeine.newBuilder()
            .maximumSize(MAX_SHOPPERS)
            .expireAfter(new IdleAnonymous())
            .<UserId, Shopper>build().asMap();

    /** Anonymous histories expire after {@link #ANONYMOUS_IDLE} without use; accounts' only by size. */
    private static final class IdleAnonymous implements Expiry<UserId, Shopper> {
        private static long idle(UserId user) {
            return user.value().startsWith(io.vitrine.events.Interaction.ANONYMOUS_PREFIX) ? ANONYMOUS_IDLE.toNanos() : Long.MAX_VALUE;
        }

        @Override
        public long expireAfterCreate(UserId user, Shopper shopper, long now) {
            return idle(user);
        }

        @Override
        public long expireAfterUpdate(UserId user, Shopper shopper, long now, long remaining) {
            return idle(user);
        }

        @Override
        public long expireAfterRead(UserId user, Shopper shopper, long now, long remaining) {
            return idle(user);
        }
    }

    /** Adds the events read for training (older ones or ones already here are kept once). */
    public void seed(TrainingData data) {
        Map<UserId, List<WeightedEvent>> byUser = new java.util.HashMap<>();
        for (WeightedEvent e : data.events()) {
            byUser.computeIfAbsent(e.user(), u -> new ArrayList<>()).add(e);
        }
        byUser.forEach((user, events) -> add(user, events, data.purchases().getOrDefault(user, Set.of())));
    }

    /** One event as a history keeps it, and whether it was a purchase (its item then counts as bought). */
    record Kept(WeightedEvent event, boolean purchase) {
    }

    void onRecorded(@Observes EventsRecorded recorded) {
        keep(kept(recorded));
    }

    /** The events of {@code recorded} a history keeps: those about a product, with a positive weight. */
    static List<Kept> kept(EventsRecorded recorded) {
        List<Kept> out = new ArrayList<>(recorded.events().size());
        for (io.vitrine.events.Interaction e : recorded.events()) {
            if (e.productId().isEmpty() || !(e.type().weight() > 0)) {
                continue;
            }
            out.add(new Kept(new WeightedEvent(UserId.of(e.userId()), ItemId.of(e.productId().get()), e.type().weight(),
                    e.occurredAt().toEpochMilli()), e.type() == InteractionType.PURCHASE));
        }
        return out;
    }

    /**
     * Adds these events to their shoppers' histories (this node's, or another node's through {@link SharedHistories}):
     * one update per shopper of the batch, not per event (a batch of 1,000 copied and sorted a history 1,000 times,
     * 12 % of a batch's time in session 7's profile); the same histories as event by event.
     */
    void keep(List<Kept> events) {
        Map<UserId, List<WeightedEvent>> byUser = new LinkedHashMap<>();
        Map<UserId, Set<ItemId>> bought = new HashMap<>();
        for (Kept k : events) {
            WeightedEvent event = k.event();
            byUser.computeIfAbsent(event.user(), u -> new ArrayList<>()).add(event);
            if (k.purchase()) {
                bought.computeIfAbsent(event.user(), u -> new HashSet<>()).add(event.item());
            }
        }
        byUser.forEach((user, kept) -> add(user, kept, bought.getOrDefault(user, Set.of())));
    }

    /**
     * The history with {@code events} added (each once), in time order, the latest {@link #KEEP}. A history is kept in
     * time order, so an event already in it is looked for only among those of its time or later (none, for the new
     * event of a page or a partner): no set of the whole history per update.
     */
    private void add(UserId user, List<WeightedEvent> events, Set<ItemId> bought) {
        shoppers.compute(user, (u, s) -> {
            Shopper shopper = s == null ? new Shopper(List.of(), Set.of()) : s;
            List<WeightedEvent> recent = shopper.recent();
            List<WeightedEvent> merged = new ArrayList<>(recent.size() + events.size());
            merged.addAll(recent);
            Set<WeightedEvent> added = new HashSet<>();
            boolean inOrder = true;
            for (WeightedEvent e : events) {
                if (!inHistory(recent, e) && added.add(e)) {
                    inOrder &= merged.isEmpty() || merged.get(merged.size() - 1).timestamp() <= e.timestamp();
                    merged.add(e);
                }
            }
            if (!inOrder) {
                merged.sort(java.util.Comparator.comparingLong(WeightedEvent::timestamp));
            }
            List<WeightedEvent> kept = List.copyOf(merged.subList(Math.max(0, merged.size() - KEEP), merged.size()));
            if (shopper.bought().containsAll(bought)) {
                return new Shopper(kept, shopper.bought());
            }
            Set<ItemId> allBought = new HashSet<>(shopper.bought());
            allBought.addAll(bought);
            return new Shopper(kept, Set.copyOf(allBought));
        });
    }

    /** Whether {@code e} is in {@code history} (in time order): only its events of {@code e}'s time or later are read. */
    private static boolean inHistory(List<WeightedEvent> history, WeightedEvent e) {
        for (int i = history.size() - 1; i >= 0 && history.get(i).timestamp() >= e.timestamp(); i--) {
            if (history.get(i).equals(e)) {
                return true;
            }
        }
        return false;
    }

    /** The shopper's latest events, oldest first (empty for an unknown shopper). */
    public UserHistory history(UserId user) {
        Shopper s = shoppers.get(user);
        return s == null ? UserHistory.empty(user) : new UserHistory(user, s.recent());
    }

    public Set<ItemId> bought(UserId user) {
        Shopper s = shoppers.get(user);
        return s == null ? Set.of() : s.bought();
    }
}
