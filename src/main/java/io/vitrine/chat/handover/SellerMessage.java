package io.vitrine.chat.handover;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A question the assistant could not answer, left for a seller (or for the shop's own team, {@link #SHOP}) with
 * the conversation it came from. The seller replies once and marks it done.
 */
@Entity("chat_seller_messages")
public class SellerMessage {

    /** Addressee of messages about no particular product: the shop's customer service. */
    public static final String SHOP = "shop";
    public static final int MAX_TEXT = 2000;

    public enum Status { OPEN, ANSWERED, DONE }

    @Id
    private String id;
    @Column
    private String sellerId;
    @Column
    private String conversationId;
    @Column
    private String accountId;
    @Column
    private String productId;
    @Column
    private String lang;
    @Column
    private String question;
    @Column
    private String text;
    @Column
    private String reply;
    @Column
    private Status status;
    @Column
    private long createdAt;
    @Column
    private long updatedAt;

    protected SellerMessage() {
    }

    public SellerMessage(String sellerId, String conversationId, Optional<String> accountId, Optional<String> productId,
                         ChatLanguage lang, String question, String text, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.sellerId = Objects.requireNonNull(sellerId, "sellerId");
        this.conversationId = Objects.requireNonNull(conversationId, "conversationId");
        this.accountId = accountId.orElse(null);
        this.productId = productId.orElse(null);
        this.lang = lang.code();
        this.question = cut(question == null ? "" : question);
        this.text = cut(Objects.requireNonNull(text, "text"));
        this.status = Status.OPEN;
        this.createdAt = at.toEpochMilli();
        this.updatedAt = createdAt;
    }

    private static String cut(String s) {
        String v = s.strip();
        return v.length() <= MAX_TEXT ? v : v.substring(0, MAX_TEXT);
    }

    /** A seller answers once; the answer is stored with the message for the shopper's side to show. */
    public void answer(String answer, Instant at) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidInputException("the reply is empty");
        }
        if (answer.strip().length() > MAX_TEXT) {
            throw new InvalidInputException("a reply may hold at most " + MAX_TEXT + " characters");
        }
        if (status == Status.DONE) {
            throw new ConflictException("this message is closed");
        }
        this.reply = answer.strip();
        this.status = Status.ANSWERED;
        this.updatedAt = at.toEpochMilli();
    }

    public void close(Instant at) {
        this.status = Status.DONE;
        this.updatedAt = at.toEpochMilli();
    }

    public String id() {
        return id;
    }

    public String sellerId() {
        return sellerId;
    }

    public String conversationId() {
        return conversationId;
    }

    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    public Optional<String> productId() {
        return Optional.ofNullable(productId);
    }

    public ChatLanguage lang() {
        return ChatLanguage.fromCode(lang).orElse(ChatLanguage.EN);
    }

    /** The question the assistant could not answer. */
    public String question() {
        return question;
    }

    /** What the shopper wrote for the seller. */
    public String text() {
        return text;
    }

    public Optional<String> reply() {
        return Optional.ofNullable(reply);
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public Instant updatedAt() {
        return Instant.ofEpochMilli(updatedAt);
    }
}
