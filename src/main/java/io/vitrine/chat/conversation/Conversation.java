package io.vitrine.chat.conversation;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.Colour;
import io.vitrine.chat.understanding.ConversationLanguage;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.PriceRange;
import io.vitrine.chat.understanding.ProductCriteria;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A chat with one shopper, stored in MongoDB: its language, its turns, and the context that later messages lean on
 * ("how much is it?" needs the product in focus, "the second one" the products last shown, "and in blue?" the last
 * search). It also remembers a question the assistant asked and is waiting for (cancel this order? leave a message?).
 */
@Entity("chat_conversations")
public class Conversation {

    /** Turns kept per conversation; older ones are dropped (the context fields hold what matters). */
    public static final int MAX_TURNS = 100;

    /** What the assistant is waiting for. */
    public enum Pending { NONE, CONFIRM_CANCEL, OFFER_MESSAGE, MESSAGE_TEXT }

    @Id
    private String id;
    @Column
    private String lang;
    @Column
    private String accountId;
    @Column
    private long createdAt;
    @Column
    private long updatedAt;
    @Column
    private List<ChatTurn> turns;
    @Column
    private String focusProductId;
    @Column
    private List<String> shownProductIds;
    @Column
    private String lastQuery;
    @Column
    private String lastCategory;
    @Column
    private String lastColour;
    @Column
    private String lastSize;
    @Column
    private String lastMinPrice;
    @Column
    private String lastMaxPrice;
    @Column
    private String lastIntent;
    @Column
    private String pending;
    @Column
    private String pendingOrder;
    @Column
    private String pendingQuestion;
    /** Started in this request and not stored yet (not a column: a conversation read back is stored). */
    private transient boolean unsaved;

    protected Conversation() {
    }

    private Conversation(String id, Instant at) {
        this.id = id;
        this.createdAt = at.toEpochMilli();
        this.updatedAt = createdAt;
        this.turns = new ArrayList<>();
        this.shownProductIds = new ArrayList<>();
        this.pending = Pending.NONE.name();
        this.unsaved = true;
    }

    public static Conversation start(Instant at) {
        return new Conversation(UUID.randomUUID().toString(), at);
    }

    /** Conversation ids are UUIDs: anything else is refused before touching the database. */
    public static boolean isValidId(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(id).toString().equals(id.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String id() {
        return id;
    }

    /** Whether the conversation was started here and never stored: the first save inserts without looking it up. */
    public boolean isUnsaved() {
        return unsaved;
    }

    /** Called by the repository once the conversation is stored. */
    public void stored() {
        this.unsaved = false;
    }

    public ConversationLanguage language() {
        return ChatLanguage.fromCode(lang).map(ConversationLanguage::of).orElse(ConversationLanguage.unknown());
    }

    public void speak(ChatLanguage language) {
        this.lang = language.code();
    }

    /** The logged-in shopper, remembered from the first authenticated message. */
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /**
     * A conversation belongs to the shopper who first spoke in it while logged in; another account may not
     * continue it (it would read the first one's orders in the turns).
     */
    public boolean mayContinue(Optional<String> account) {
        return accountId == null || account.map(accountId::equals).orElse(false);
    }

    public void identify(Optional<String> account) {
        if (accountId == null) {
            account.ifPresent(a -> this.accountId = a);
        }
    }

    public void record(ChatTurn turn) {
        // a stored conversation may come back with no list at all (empty lists are not always written)
        turns = new ArrayList<>(turns == null ? List.of() : turns);
        turns.add(turn);
        if (turns.size() > MAX_TURNS) {
            turns.subList(0, turns.size() - MAX_TURNS).clear();
        }
        updatedAt = turn.at().toEpochMilli();
    }

    public List<ChatTurn> turns() {
        return turns == null ? List.of() : List.copyOf(turns);
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public Instant updatedAt() {
        return Instant.ofEpochMilli(updatedAt);
    }

    // ---- context

    public Optional<String> focusProductId() {
        return Optional.ofNullable(focusProductId);
    }

    public void focusOn(String productId) {
        this.focusProductId = productId;
    }

    /** The products of the last list shown, in the order shown ("the second one"). */
    public List<String> shownProductIds() {
        return shownProductIds == null ? List.of() : List.copyOf(shownProductIds);
    }

    public void show(List<String> productIds) {
        this.shownProductIds = new ArrayList<>(productIds);
        if (productIds.size() == 1) {
            focusProductId = productIds.get(0);
        }
    }

    /** The last product search, so "and in blue?" or "cheaper?" can run it again with one thing changed. */
    public Optional<ProductCriteria> lastSearch() {
        if (lastQuery == null && lastCategory == null) {
            return Optional.empty();
        }
        Optional<PriceRange> price = lastMinPrice == null && lastMaxPrice == null ? Optional.empty()
                : Optional.of(new PriceRange(Optional.ofNullable(lastMinPrice).map(BigDecimal::new),
                Optional.ofNullable(lastMaxPrice).map(BigDecimal::new)));
        return Optional.of(new ProductCriteria(lastQuery == null ? "" : lastQuery, Optional.ofNullable(lastCategory),
                Optional.ofNullable(lastColour).flatMap(Conversation::colour), Optional.ofNullable(lastSize), price,
                Optional.ofNullable(lastIntent).flatMap(Intent::fromLabel)));
    }

    public void searched(ProductCriteria c) {
        lastQuery = c.text();
        lastCategory = c.category().orElse(null);
        lastColour = c.colour().map(Colour::name).orElse(null);
        lastSize = c.size().orElse(null);
        lastMinPrice = c.price().flatMap(PriceRange::min).map(BigDecimal::toPlainString).orElse(null);
        lastMaxPrice = c.price().flatMap(PriceRange::max).map(BigDecimal::toPlainString).orElse(null);
        lastIntent = c.intent().map(Intent::label).orElse(null);
    }

    private static Optional<Colour> colour(String name) {
        try {
            return Optional.of(Colour.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---- a question the assistant asked

    public Pending pending() {
        try {
            return pending == null ? Pending.NONE : Pending.valueOf(pending);
        } catch (IllegalArgumentException e) {
            return Pending.NONE;
        }
    }

    public Optional<String> pendingOrder() {
        return Optional.ofNullable(pendingOrder);
    }

    /** The question the assistant could not answer, kept for the seller message. */
    public Optional<String> pendingQuestion() {
        return Optional.ofNullable(pendingQuestion);
    }

    public void await(Pending what, String order, String question) {
        this.pending = Objects.requireNonNull(what).name();
        this.pendingOrder = order;
        this.pendingQuestion = question;
    }

    public void settle() {
        await(Pending.NONE, null, null);
    }
}
