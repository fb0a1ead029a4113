package io.vitrine.chat.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Conversations one message at a time: a message {@link #hold holds} its conversation (one of {@value #STRIPES}
 * striped locks, by id) from before it is read until it is stored, so two messages of one conversation sent at once
 * never both read the same state and overwrite each other's turn. The store happens before the reply leaves: a
 * reply means the turn is on disk (a write waits for the group commit and its sync, 4 to 50 ms on this machine's
 * disk), and a store that fails fails the message instead of being logged after a 2xx.
 */
@ApplicationScoped
public class ConversationStore {

    static final int STRIPES = 256;
    /** A message waits at most this long for the previous one of its conversation to be stored. */
    static final long WAIT_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(ConversationStore.class.getName());

    @Inject
    ConversationRepository repository;

    private final Semaphore[] stripes = new Semaphore[STRIPES];

    public ConversationStore() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Semaphore(1);
        }
    }

    /** Over a repository of its own (tests). */
    public ConversationStore(ConversationRepository repository) {
        this();
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** One message's hold on its conversation, released when closed. */
    public final class Held implements AutoCloseable {

        private final Semaphore stripe;

        private Held(Semaphore stripe) {
            this.stripe = stripe;
        }

        /** The conversation as the previous message stored it. */
        public Optional<Conversation> read(String id) {
            return repository.find(id);
        }

        /** Stores the conversation (on disk when this returns); a failure is thrown to the message. */
        public void store(Conversation c) {
            repository.save(c);
        }

        @Override
        public void close() {
            if (stripe != null) {
                stripe.release();
            }
        }
    }

    /**
     * Holds conversation {@code id} for one message, once the previous message of it is stored. A store that takes
     * longer than {@value #WAIT_SECONDS} s is not waited for further (logged): the message reads what is stored.
     */
    public Held hold(String id) {
        Semaphore stripe = stripes[Math.floorMod(id.hashCode(), STRIPES)];
        try {
            if (stripe.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return new Held(stripe);
            }
            LOG.warning(() -> "chat conversation " + id + " still being stored after " + WAIT_SECONDS + " s; reading it anyway");
            return new Held(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Held(null);
        }
    }
}
