package io.vitrine.chat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A conversation is stored after the reply, and its next message reads it only once it is stored. */
class ConversationStoreTest {

    /** Stores by id; counts the saves. */
    private static class Memory implements ConversationRepository {
        final Map<String, Conversation> stored = new HashMap<>();
        final List<String> saves = new ArrayList<>();

        @Override
        public synchronized Optional<Conversation> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public synchronized Conversation save(Conversation c) {
            stored.put(c.id(), c);
            saves.add(c.id());
            return c;
        }
    }

    @Test
    void theNextMessageWaitsUntilThePreviousOneIsStored() throws Exception {
        Memory memory = new Memory();
        ConversationStore store = new ConversationStore(memory);
        Conversation c = Conversation.start(Instant.parse("2026-12-07T01:00:00Z"));

        CountDownLatch read = new CountDownLatch(1);
        CompletableFuture<Optional<Conversation>> second;
        try (ConversationStore.Held first = store.hold(c.id())) {
            // a second message of the conversation arrives while the first is being answered: it waits
            second = CompletableFuture.supplyAsync(() -> {
                try (ConversationStore.Held held = store.hold(c.id())) {
                    read.countDown();
                    return held.read(c.id());
                }
            });
            assertFalse(read.await(200, TimeUnit.MILLISECONDS), "the second message must wait for the store");
            first.store(c);
            assertEquals(List.of(c.id()), memory.saves, "stored before the first reply leaves");
        }
        assertEquals(Optional.of(c), second.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aStoreThatFailsFailsTheMessageAndLetsTheNextOneIn() throws Exception {
        ConversationStore store = new ConversationStore(new Memory() {
            @Override
            public synchronized Conversation save(Conversation c) {
                throw new IllegalStateException("disk full");
            }
        });
        Conversation c = Conversation.start(Instant.parse("2026-12-07T01:00:00Z"));
        try (ConversationStore.Held held = store.hold(c.id())) {
            assertThrows(IllegalStateException.class, () -> held.store(c));
        }
        CompletableFuture<Boolean> next = CompletableFuture.supplyAsync(() -> {
            try (ConversationStore.Held held = store.hold(c.id())) {
                return true;
            }
        });
        assertTrue(next.get(2, TimeUnit.SECONDS));
    }

    @Test
    void aMessageThatFailsBeforeStoringLetsTheNextOneIn() throws Exception {
        ConversationStore store = new ConversationStore(new Memory());
        try (ConversationStore.Held held = store.hold("0b6f2d34-3c1e-4a5b-9d7e-0123456789ab")) {
            assertTrue(held.read("0b6f2d34-3c1e-4a5b-9d7e-0123456789ab").isEmpty());
        }
        CompletableFuture<Boolean> next = CompletableFuture.supplyAsync(() -> {
            try (ConversationStore.Held held = store.hold("0b6f2d34-3c1e-4a5b-9d7e-0123456789ab")) {
                return true;
            }
        });
        assertTrue(next.get(2, TimeUnit.SECONDS));
    }

    @Test
    void aStartedConversationIsMarkedNewAndStoredOnce() {
        Memory memory = new Memory();
        Conversation c = Conversation.start(Instant.parse("2026-12-07T01:00:00Z"));
        assertTrue(c.isUnsaved());
        try (ConversationStore.Held held = new ConversationStore(memory).hold(c.id())) {
            held.store(c);
        }
        assertEquals(List.of(c.id()), memory.saves);
    }
}
