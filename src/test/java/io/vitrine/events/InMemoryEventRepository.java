package io.vitrine.events;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link EventRepository} in memory for plain tests, faithful to {@link MongoEventRepository}: {@code insertNew}
 * skips known ids (also repeated ones inside the batch), {@code insertAll} fails on a known id like a Mongo
 * duplicate key. Interactions are immutable, so they are stored as given.
 */
public class InMemoryEventRepository implements EventRepository {

    private final Map<String, Interaction> events = new LinkedHashMap<>();
    private boolean legacyIds;

    /** A repository that says it may hold events under their ids of before ordered ids. */
    public InMemoryEventRepository withLegacyIds() {
        legacyIds = true;
        return this;
    }

    @Override
    public synchronized int insertNew(Collection<Interaction> batch) {
        int stored = 0;
        for (Interaction e : batch) {
            if (events.putIfAbsent(e.id(), e) == null) {
                stored++;
            }
        }
        return stored;
    }

    @Override
    public synchronized Set<String> storedIds(Collection<String> ids) {
        return ids.stream().filter(events::containsKey).collect(Collectors.toSet());
    }

    @Override
    public boolean mayHoldLegacyIds() {
        return legacyIds;
    }

    @Override
    public synchronized void insertAll(Collection<Interaction> batch) {
        for (Interaction e : batch) {
            if (events.putIfAbsent(e.id(), e) != null) {
                throw new IllegalStateException("duplicate key: event " + e.id() + " is already stored");
            }
        }
    }

    @Override
    public synchronized List<Interaction> findByUser(String userId, int limit) {
        return events.values().stream().filter(e -> e.userId().equals(userId))
                .sorted(Comparator.comparing(Interaction::occurredAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<Interaction> reassign(String fromUser, String toUser, int limit) {
        List<Interaction> moved = findByUser(fromUser, limit).stream().map(e -> e.withUser(toUser)).toList();
        moved.forEach(e -> events.put(e.id(), e));
        return moved;
    }

    @Override
    public synchronized long count() {
        return events.size();
    }

    /** Every stored event, in insertion order (for assertions). */
    public synchronized List<Interaction> all() {
        return List.copyOf(events.values());
    }
}
