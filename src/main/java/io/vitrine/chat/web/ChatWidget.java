package io.vitrine.chat.web;

import io.vitrine.chat.ChatReply;
import io.vitrine.chat.ChatService;
import io.vitrine.chat.ProductCard;
import io.vitrine.platform.NotFoundException;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The chat widget of the storefront: the conversation id and the lines shown stay in the shopper's session, so the
 * conversation follows them from page to page; the conversation itself (and its context) is the chat service's.
 */
@Named("chatWidget")
@SessionScoped
public class ChatWidget implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Lines kept on screen; older ones scroll away for good. */
    private static final int MAX_LINES = 40;

    /** One line of the chat: the shopper's or the assistant's, with product cards. */
    public record Line(boolean shopper, String text, List<Card> cards) implements Serializable {
        public Line {
            cards = List.copyOf(cards);
        }
    }

    /** A product card; its link is already under the application's context path, its image path is not. */
    public record Card(String name, String price, String imageUrl, String link, boolean inStock) implements Serializable {
    }

    @Inject
    ChatService chat;
    @Inject
    io.vitrine.platform.limits.PageLimits limits;

    private String conversationId;
    private String input;
    private final List<Line> lines = new ArrayList<>();

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return;
        }
        if (!limits.allow(io.vitrine.platform.limits.Budget.CHAT)) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        Optional<String> account = Optional.ofNullable(external.getUserPrincipal()).map(Principal::getName);
        ChatReply reply;
        try {
            reply = ask(text, account);
        } catch (IllegalArgumentException e) {
            ResourceBundle msg = ResourceBundle.getBundle("io.vitrine.chat.web.chat", faces.getViewRoot().getLocale());
            faces.addMessage("chat:message", new FacesMessage(FacesMessage.SEVERITY_WARN, msg.getString("chat.tooLong"), null));
            return;
        }
        conversationId = reply.conversationId();
        add(new Line(true, text, List.of()));
        String context = external.getRequestContextPath();
        add(new Line(false, reply.text(), reply.cards().stream().map(c -> card(c, context)).toList()));
        input = null;
    }

    /** A conversation gone (another account logged in on this browser) starts afresh. */
    private ChatReply ask(String text, Optional<String> account) {
        try {
            return chat.chat(Optional.ofNullable(conversationId), text, Optional.empty(), account);
        } catch (NotFoundException e) {
            conversationId = null;
            lines.clear();
            return chat.chat(Optional.empty(), text, Optional.empty(), account);
        }
    }

    private static Card card(ProductCard c, String context) {
        // h:graphicImage puts the context path before a "/..." image itself; the card's plain link needs it here
        return new Card(c.name(), c.price(), c.imageUrl().orElse(null), context + c.link(), c.stock() > 0);
    }

    private void add(Line line) {
        lines.add(line);
        if (lines.size() > MAX_LINES) {
            lines.remove(0);
        }
    }

    public void reset() {
        conversationId = null;
        lines.clear();
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }

    public boolean isStarted() {
        return !lines.isEmpty();
    }

    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input;
    }
}
