package io.vitrine.chat.conversation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Conversations one message at a time, stored after the reply has left: a write waits for the disk (commit + sync,
 * 4 to 50 ms here), which the shopper need not wait for, but the next message of the same conversation must read
 * what this one wrote. So a message {@link #hold holds} its conversation (one of {@value #STRIPES} striped locks, by
 * id) from before it is read until it is stored, and the store runs on the managed executor after the reply.
 * <p>
 * A turn is therefore acknowledged before it is durable: a crash in those milliseconds loses that turn (the reply
 * was shown; nothing the shopper asked the shop to keep). A message left for a seller is not a turn: the
 * hand-over stores it before replying.
 */
@ApplicationScoped
public class ConversationStore {

    static final int STRIPES = 256;
    /** A message waits at most this long for the previous one of its conversation to be stored. */
    static final long WAIT_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(ConversationStore.class.getName());

    @Inject
    ConversationRepository repository;
    @Resource
    ManagedExecutorService executor;

    private final Semaphore[] stripes = new Semaphore[STRIPES];

    public ConversationStore() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Semaphore(1);
        }
    }

    /** Over a repository and an executor of its own (tests). */
    public ConversationStore(ConversationRepository repository, Executor executor) {
        this();
        this.repository = Objects.requireNonNull(repository, "repository");
        this.background = Objects.requireNonNull(executor, "executor");
    }

    private Executor background;

    /** One message's hold on its conversation; closing it without {@link #storeLater} lets the next message in. */
    public final class Held implements AutoCloseable {

        private final Semaphore stripe;
        private boolean handedOver;

        private Held(Semaphore stripe) {
            this.stripe = stripe;
        }

        /** The conversation as the previous message stored it. */
        public Optional<Conversation> read(String id) {
            return repository.find(id);
        }

        /** Stores the conversation in the background and lets the next message in once it is stored. */
        public void storeLater(Conversation c) {
            handedOver = true;
            Runnable store = () -> {
                try {
                    repository.save(c);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "could not store chat conversation " + c.id(), e);
                } finally {
                    release();
                }
            };
            try {
                executor().execute(store);
            } catch (RejectedExecutionException e) {
                store.run();
            }
        }

        @Override
        public void close() {
            if (!handedOver) {
                release();
            }
        }

        private void release() {
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

    /** Shutting down: waits (a few seconds at most) for the conversations still being stored. */
    void drain(@Observes @BeforeDestroyed(ApplicationScoped.class) Object shutdown) {
        for (Semaphore s : stripes) {
            try {
                if (s.tryAcquire(2, TimeUnit.SECONDS)) {
                    s.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Executor executor() {
        return background != null ? background : executor;
    }
}
