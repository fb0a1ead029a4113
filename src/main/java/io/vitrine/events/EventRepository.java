package io.vitrine.events;

import io.vitrine.platform.WriteSteps;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Where interactions are kept. */
public interface EventRepository {

    /** Stores the events whose id is not stored yet; returns how many were new. */
    int insertNew(Collection<Interaction> events);

    /** Which of these ids are stored (at most one look-up per id, by the id index). */
    Set<String> storedIds(Collection<String> ids);

    /**
     * Whether events may be stored under their ids of before ordered ids ({@link EventIds#legacyOfClientId}): true
     * for a database that held events when it was first opened with ordered ids, false for one that started with them.
     */
    boolean mayHoldLegacyIds();

    /** Bulk insert for generators and imports that made fresh ids. */
    void insertAll(Collection<Interaction> events);

    /** {@link #insertAll} as a step of a request ({@link WriteSteps}); a store without steps writes them at once. */
    default void insertAll(Collection<Interaction> events, WriteSteps steps) {
        insertAll(events);
    }

    List<Interaction> findByUser(String userId, int limit);

    /** Credits {@code fromUser}'s latest events (at most {@code limit}) to {@code toUser}; returns them as moved. */
    List<Interaction> reassign(String fromUser, String toUser, int limit);

    long count();
}
