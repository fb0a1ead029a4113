package io.vitrine.chat.handover;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.faq.LanguageColumn;
import io.vitrine.platform.ConflictException;
import io.vitrine.platform.EpochMillis;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.OptionalColumn;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static io.vitrine.platform.OptionalColumn.present;

/**
 * A question the assistant could not answer, left for a seller (or for the shop's own team, {@link #SHOP}) with
 * the conversation it came from. The seller replies once and marks it done; each step is a new value the service
 * saves. A record the database maps through its canonical constructor; the document keeps its fields (the language
 * as its code, times in epoch milliseconds), so messages stored before read the same.
 *
 * @param question the question the assistant could not answer
 * @param text     what the shopper wrote for the seller
 */
@Entity("chat_seller_messages")
public record SellerMessage(@Id String id, @Column String sellerId, @Column String conversationId,
                            @Column @Convert(OptionalColumn.Text.class) Optional<String> accountId,
                            @Column @Convert(OptionalColumn.Text.class) Optional<String> productId,
                            @Column @Convert(LanguageColumn.class) ChatLanguage lang,
                            @Column String question, @Column String text,
                            @Column @Convert(OptionalColumn.Text.class) Optional<String> reply,
                            @Column Status status,
                            @Column @Convert(EpochMillis.class) Instant createdAt,
                            @Column @Convert(EpochMillis.class) Instant updatedAt) {

    /** Addressee of messages about no particular product: the shop's customer service. */
    public static final String SHOP = "shop";
    public static final int MAX_TEXT = 2000;

    public enum Status { OPEN, ANSWERED, DONE }

    public SellerMessage {
        accountId = present(accountId);
        productId = present(productId);
        lang = lang == null ? ChatLanguage.EN : lang;
        reply = present(reply);
        createdAt = EpochMillis.of(createdAt);
        updatedAt = EpochMillis.of(updatedAt);
    }

    /** A new, open message. */
    public SellerMessage(String sellerId, String conversationId, Optional<String> accountId, Optional<String> productId,
                         ChatLanguage lang, String question, String text, Instant at) {
        this(UUID.randomUUID().toString(), Objects.requireNonNull(sellerId, "sellerId"),
                Objects.requireNonNull(conversationId, "conversationId"), accountId, productId, Objects.requireNonNull(lang, "lang"),
                cut(question == null ? "" : question), cut(Objects.requireNonNull(text, "text")), Optional.empty(),
                Status.OPEN, at, at);
    }

    private static String cut(String s) {
        String v = s.strip();
        return v.length() <= MAX_TEXT ? v : v.substring(0, MAX_TEXT);
    }

    /** A seller answers once: this message with the answer, stored for the shopper's side to show. */
    public SellerMessage answer(String answer, Instant at) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidInputException("the reply is empty");
        }
        if (answer.strip().length() > MAX_TEXT) {
            throw new InvalidInputException("a reply may hold at most " + MAX_TEXT + " characters");
        }
        if (status == Status.DONE) {
            throw new ConflictException("this message is closed");
        }
        return new SellerMessage(id, sellerId, conversationId, accountId, productId, lang, question, text,
                Optional.of(answer.strip()), Status.ANSWERED, createdAt, at);
    }

    /** This message, done. */
    public SellerMessage close(Instant at) {
        return new SellerMessage(id, sellerId, conversationId, accountId, productId, lang, question, text, reply,
                Status.DONE, createdAt, at);
    }
}
