package io.vitrine.platform;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;

import java.util.Objects;

/**
 * The writes of one request that form one acknowledgement (an order: its key, its stock, the order, the holds
 * settled, its purchase events): each is written as a <em>step</em> ({@link #on}), and before the answer leaves the
 * request calls {@link #awaitDurable()} once. A 2xx still means every step is on disk; the request waits for one
 * disk commit instead of one per step.
 * <ul>
 *   <li>On the embedded server of this JVM ({@link #grouped}) a step is acknowledged once applied in memory (write
 *   concern {@code j: false}, which {@link DurableH2Backend} honours), and {@link #awaitDurable()} waits for a group
 *   commit that starts after the call. The store commits whole commands in the order they were applied, and a request
 *   sends its steps one after the other, so whatever a crash leaves of a request is a prefix of its steps: the same
 *   states a crash between two durable writes left, which the order sweep already completes or rolls back.</li>
 *   <li>On a real MongoDB ({@link #eachDurable}) every step keeps the client's write concern (majority, journal): a
 *   weaker one could be rolled back by a fail-over while a later majority write of the request survives, so there
 *   each step waits as before, and {@link #awaitDurable()} has nothing left to wait for.</li>
 * </ul>
 * A reader on another request may see a step before it is on disk (as it may see any write before its commit); a
 * request that <em>answers</em> with what it read of another request's steps (a replayed order) calls
 * {@link #awaitDurable()} first.
 */
public final class WriteSteps {

    private static final WriteSteps EACH_DURABLE = new WriteSteps(null, () -> { });

    /** Null: the collection's own (the client's) write concern. */
    private final WriteConcern concern;
    private final Runnable awaitDurable;

    private WriteSteps(WriteConcern concern, Runnable awaitDurable) {
        this.concern = concern;
        this.awaitDurable = Objects.requireNonNull(awaitDurable, "awaitDurable");
    }

    /** Every step durable on its own (a real MongoDB, or a test's server without group commit). */
    public static WriteSteps eachDurable() {
        return EACH_DURABLE;
    }

    /** Steps acknowledged in memory by this backend, made durable together by {@link #awaitDurable()}. */
    public static WriteSteps grouped(DurableH2Backend backend) {
        return new WriteSteps(WriteConcern.W1.withJournal(false), backend::awaitDurable);
    }

    /** The collection as a step writes it. */
    public <T> MongoCollection<T> on(MongoCollection<T> collection) {
        return concern == null ? collection : collection.withWriteConcern(concern);
    }

    /**
     * Returns once every step this thread wrote before the call is on disk.
     *
     * @throws RuntimeException when the commit failed: the request must not answer 2xx
     */
    public void awaitDurable() {
        awaitDurable.run();
    }
}
