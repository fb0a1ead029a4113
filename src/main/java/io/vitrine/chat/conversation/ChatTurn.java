package io.vitrine.chat.conversation;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.time.Instant;
import java.util.Objects;

/** One exchange of a conversation: what the shopper wrote, what the assistant answered, and why. */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class ChatTurn {

    @Column
    private String message;
    @Column
    private String reply;
    @Column
    private String intent;
    @Column
    private double confidence;
    @Column
    private long at;

    protected ChatTurn() {
    }

    public ChatTurn(String message, String reply, String intent, double confidence, Instant at) {
        this.message = Objects.requireNonNull(message, "message");
        this.reply = Objects.requireNonNull(reply, "reply");
        this.intent = Objects.requireNonNull(intent, "intent");
        this.confidence = confidence;
        this.at = at.toEpochMilli();
    }

    public String message() {
        return message;
    }

    public String reply() {
        return reply;
    }

    public String intent() {
        return intent;
    }

    public double confidence() {
        return confidence;
    }

    public Instant at() {
        return Instant.ofEpochMilli(at);
    }
}
