package io.vitrine.chat.handover;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SellerMessageServiceTest {

    private static final Caller NORD = new Caller(Caller.Kind.SELLER, "seller01@demo.vitrine.io", Optional.of("atelier-nord"));
    private static final Caller ADMIN = new Caller(Caller.Kind.ADMIN, "admin@demo.vitrine.io", Optional.empty());

    private SellerMessageService service;
    private SellerMessage forNord;
    private SellerMessage forShop;

    @BeforeEach
    void messages() {
        List<SellerMessage> stored = new ArrayList<>();
        service = new SellerMessageService();
        service.messages = new SellerMessageRepository() {
            @Override
            public List<SellerMessage> findBySeller(String sellerId) {
                return stored.stream().filter(m -> m.sellerId().equals(sellerId))
                        .sorted(Comparator.comparing(SellerMessage::createdAt).reversed()).toList();
            }

            @Override
            public Optional<SellerMessage> find(String id) {
                return stored.stream().filter(m -> m.id().equals(id)).findFirst();
            }

            @Override
            public SellerMessage save(SellerMessage message) {
                stored.removeIf(m -> m.id().equals(message.id()));
                stored.add(message);
                return message;
            }
        };
        forNord = service.leave(new SellerMessage("atelier-nord", "c1", Optional.empty(), Optional.of("demo-1"), ChatLanguage.EN,
                "q", "Is it lined?", Instant.ofEpochSecond(1)));
        service.leave(new SellerMessage("atelier-nord", "c2", Optional.empty(), Optional.of("demo-2"), ChatLanguage.EN,
                "q", "Newer question", Instant.ofEpochSecond(2)));
        forShop = service.leave(new SellerMessage(SellerMessage.SHOP, "c3", Optional.empty(), Optional.empty(), ChatLanguage.FR,
                "q", "Livrez-vous au Canada ?", Instant.ofEpochSecond(3)));
    }

    @Test
    void aSellerReadsRepliesToAndClosesTheirOwnMessagesNewestFirst() {
        assertEquals(List.of("Newer question", "Is it lined?"), service.forSeller(NORD, "atelier-nord").stream().map(SellerMessage::text).toList());
        assertEquals(SellerMessage.Status.ANSWERED, service.reply(NORD, forNord.id(), "Yes, in cotton.").status());
        assertEquals(SellerMessage.Status.DONE, service.markDone(NORD, forNord.id()).status());
    }

    @Test
    void othersMessagesAndTheShopsAreNotTheirs() {
        assertThrows(AccessDeniedException.class, () -> service.forSeller(NORD, "casa-sud"));
        assertThrows(AccessDeniedException.class, () -> service.forSeller(NORD, SellerMessage.SHOP));
        assertThrows(AccessDeniedException.class, () -> service.reply(NORD, forShop.id(), "hi"));
        assertThrows(AccessDeniedException.class, () -> service.forSeller(Caller.ANONYMOUS, "atelier-nord"));
        assertEquals(1, service.forSeller(ADMIN, SellerMessage.SHOP).size(), "the shop's own messages are the admins'");
        assertThrows(NotFoundException.class, () -> service.markDone(ADMIN, "no-such-id"));
    }
}
