package io.vitrine.chat.conversation;

import io.vitrine.platform.EpochMillis;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Embeddable;

import java.time.Instant;
import java.util.Objects;

/**
 * One exchange of a conversation: what the shopper wrote, what the assistant answered, and why. Stored inside its
 * conversation through the canonical constructor; {@code at} is epoch milliseconds, as it always was.
 */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public record ChatTurn(@Column String message, @Column String reply, @Column String intent,
                       @Column double confidence, @Column @Convert(EpochMillis.class) Instant at) {

    public ChatTurn {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(intent, "intent");
        at = EpochMillis.of(at);
    }
}
