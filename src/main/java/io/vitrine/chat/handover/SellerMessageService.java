package io.vitrine.chat.handover;

import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;

/**
 * Messages shoppers leave for sellers through the assistant, for the seller dashboard:
 * <ul>
 * <li>{@link #forSeller(Caller, String)}: a seller's messages, newest first ({@link SellerMessage#SHOP} holds those
 * about no particular product, for admins);</li>
 * <li>{@link #reply(Caller, String, String)}: answer one (shown in the shopper's conversation);</li>
 * <li>{@link #markDone(Caller, String)}: close one.</li>
 * </ul>
 * Each call checks that the caller manages the seller (admins manage all); an unknown id is a
 * {@link NotFoundException}. The assistant itself stores messages with {@link #leave(SellerMessage)}.
 */
@ApplicationScoped
public class SellerMessageService {

    @Inject
    SellerMessageRepository messages;

    private final Clock clock = Clock.systemUTC();

    public SellerMessage leave(@NotNull SellerMessage message) {
        return messages.save(message);
    }

    public List<SellerMessage> forSeller(@NotNull Caller caller, @NotBlank String sellerId) {
        requireManage(caller, sellerId);
        return messages.findBySeller(sellerId);
    }

    public SellerMessage reply(@NotNull Caller caller, @NotBlank String messageId, @NotBlank String reply) {
        SellerMessage m = get(caller, messageId);
        return messages.save(m.answer(reply, clock.instant()));
    }

    public SellerMessage markDone(@NotNull Caller caller, @NotBlank String messageId) {
        SellerMessage m = get(caller, messageId);
        return messages.save(m.close(clock.instant()));
    }

    private SellerMessage get(Caller caller, String id) {
        SellerMessage m = messages.find(id).orElseThrow(() -> new NotFoundException("no message " + id));
        requireManage(caller, m.sellerId());
        return m;
    }

    private static void requireManage(Caller caller, String sellerId) {
        if (SellerMessage.SHOP.equals(sellerId)) {
            caller.requireAdmin();
        } else {
            caller.requireManage(sellerId);
        }
    }
}
