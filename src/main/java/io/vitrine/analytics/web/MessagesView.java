package io.vitrine.analytics.web;

import io.vitrine.platform.web.PageCaller;
import io.vitrine.chat.handover.SellerMessage;
import io.vitrine.chat.handover.SellerMessageService;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages shoppers left for the seller through the chat assistant ({@code /seller/messages.xhtml}): read, reply
 * (the shopper sees the reply in the conversation), mark done. {@link SellerMessageService} checks that the seller
 * may touch each message.
 */
@Named("sellerMessages")
@ViewScoped
public class MessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SellerMessageService messages;
    @Inject
    PageCaller caller;
    @Inject
    Texts texts;

    private transient List<SellerMessage> list;
    private boolean showDone;
    /** Reply drafts by message id. */
    private final Map<String, String> replies = new HashMap<>();

    public List<SellerMessage> getMessages() {
        if (list == null) {
            try {
                list = messages.forSeller(caller.get(), caller.sellerId()).stream()
                        .filter(m -> showDone || m.status() != SellerMessage.Status.DONE).toList();
            } catch (AccessDeniedException e) {
                list = List.of();
                texts.error(e.getMessage());
            }
        }
        return list;
    }

    public Map<String, String> getReplies() {
        return replies;
    }

    public void reply(SellerMessage m) {
        try {
            messages.reply(caller.get(), m.id(), replies.getOrDefault(m.id(), ""));
            replies.remove(m.id());
            texts.info("analytics.messages.replied");
        } catch (IllegalArgumentException | IllegalStateException | ConstraintViolationException e) {
            texts.error(e instanceof ConstraintViolationException ? texts.text("analytics.messages.empty") : e.getMessage());
        } catch (AccessDeniedException | NotFoundException e) {
            texts.error(e.getMessage());
        }
        list = null;
    }

    public void done(SellerMessage m) {
        try {
            messages.markDone(caller.get(), m.id());
            texts.info("analytics.messages.closed");
        } catch (AccessDeniedException | NotFoundException e) {
            texts.error(e.getMessage());
        }
        list = null;
    }

    public boolean isShowDone() {
        return showDone;
    }

    public void setShowDone(boolean showDone) {
        this.showDone = showDone;
        list = null;
    }

    public String when(SellerMessage m) {
        return texts.dateTime(m.createdAt());
    }

    public String status(SellerMessage m) {
        return texts.text("analytics.messages.status." + m.status().name());
    }
}
