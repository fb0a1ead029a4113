package io.vitrine.events;

import java.util.Collection;
import java.util.List;

/** Where interactions are kept. */
public interface EventRepository {

    /** Stores the events whose id is not stored yet; returns how many were new. */
    int insertNew(Collection<Interaction> events);

    /** Bulk insert for generators and imports that made fresh ids. */
    void insertAll(Collection<Interaction> events);

    List<Interaction> findByUser(String userId, int limit);

    /** Credits {@code fromUser}'s latest events (at most {@code limit}) to {@code toUser}; returns them as moved. */
    List<Interaction> reassign(String fromUser, String toUser, int limit);

    long count();
}
