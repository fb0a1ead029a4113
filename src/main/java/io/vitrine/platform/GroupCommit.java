package io.vitrine.platform;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes writes durable in groups: a writer that finished its change in memory calls {@link #awaitDurable()}, which
 * returns only after a commit that <em>started after</em> the call has reached the disk. One committer thread runs
 * the commits back to back, so every writer that arrives while a commit is in flight shares the next one: throughput
 * grows with concurrency instead of paying one disk sync per write.
 */
final class GroupCommit implements AutoCloseable {

    /** Writes the store's pending changes and syncs them to the disk; called only from the committer thread. */
    @FunctionalInterface
    interface Commit {
        void commitAndSync() throws Exception;
    }

    /** The commit a writer waited for failed: its write must not be acknowledged. */
    static final class CommitFailedException extends RuntimeException {
        CommitFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());
    private static final long WAIT_LIMIT_SECONDS = 60;

    private final Commit commit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition requested = lock.newCondition();
    private final Condition committed = lock.newCondition();
    private final Thread committer;
    /** Tickets handed to writers so far; a ticket is durable once {@code durableTicket >= ticket}. */
    private long lastTicket;
    private long durableTicket;
    /** Set once a commit failed: the store is broken (MVStore closes itself) and no later write is durable. */
    private Throwable failure;
    private long commits;
    /** Time the commits took, in nanoseconds (for {@link #summary}). */
    private long commitNanos;
    private volatile boolean closed;

    GroupCommit(String name, Commit commit) {
        this.commit = commit;
        this.committer = new Thread(this::run, name);
        committer.setDaemon(true);
        committer.start();
    }

    /**
     * Waits until every change this thread made before the call is on disk.
     *
     * @throws CommitFailedException when the commit failed, the wait was interrupted or the store is closing
     */
    void awaitDurable() {
        lock.lock();
        try {
            if (closed) {
                throw new CommitFailedException("the store is closing", null);
            }
            long ticket = ++lastTicket;
            requested.signal();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_LIMIT_SECONDS);
            while (durableTicket < ticket) {
                if (failure != null) {
                    throw new CommitFailedException("the commit to disk failed", failure);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new CommitFailedException("no commit to disk in time", null);
                }
                committed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommitFailedException("interrupted while waiting for the commit to disk", e);
        } finally {
            lock.unlock();
        }
    }

    /** Commits, writers and the mean commit time so far: the log line that tells how well writers share commits. */
    String summary() {
        lock.lock();
        try {
            return String.format("%d commits for %d write commands (%.2f a commit), %.2f ms a commit (write + fsync)",
                    commits, lastTicket, commits == 0 ? 0.0 : (double) lastTicket / commits,
                    commits == 0 ? 0.0 : commitNanos / 1e6 / commits);
        } finally {
            lock.unlock();
        }
    }

    /** How many commits ran (a test sees that writers shared them). */
    long commits() {
        lock.lock();
        try {
            return commits;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (true) {
            long target;
            lock.lock();
            try {
                while (lastTicket == durableTicket && !closed) {
                    requested.awaitUninterruptibly();
                }
                if (failure != null || (closed && lastTicket == durableTicket)) {
                    committed.signalAll();
                    return;
                }
                target = lastTicket;
            } finally {
                lock.unlock();
            }
            Throwable failed = null;
            long started = System.nanoTime();
            try {
                commit.commitAndSync();
            } catch (Exception | Error e) {
                failed = e;
                LOG.log(Level.SEVERE, "commit to disk failed; waiting and later writes answer an error", e);
            }
            lock.lock();
            try {
                commits++;
                commitNanos += System.nanoTime() - started;
                if (failed == null) {
                    durableTicket = target;
                } else {
                    failure = failed;
                }
                committed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Runs a last commit for the writers already waiting, then stops the committer thread. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            requested.signal();
        } finally {
            lock.unlock();
        }
        try {
            committer.join(TimeUnit.SECONDS.toMillis(WAIT_LIMIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
