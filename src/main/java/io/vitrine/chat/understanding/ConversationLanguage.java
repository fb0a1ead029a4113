package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.util.Objects;
import java.util.Optional;

/**
 * The language of one conversation, sticky: a short message (one or two words) or an undecided guess does not
 * switch a conversation that already has a language, so "ok" or "Thanks" in a French chat keeps it French.
 * Immutable: {@link #after(LanguageGuess)} returns the state after the message; store {@link #language()}.
 */
public final class ConversationLanguage {

    /** Below this share of P(fra) + P(eng) a longer message does not switch languages either. */
    static final double SWITCH_CONFIDENCE = 0.75;

    private static final ConversationLanguage UNKNOWN = new ConversationLanguage(null);

    private final ChatLanguage language;

    private ConversationLanguage(ChatLanguage language) {
        this.language = language;
    }

    /** A new conversation: the first message decides. */
    public static ConversationLanguage unknown() {
        return UNKNOWN;
    }

    /** A conversation whose language is known (stored, or chosen by the shopper). */
    public static ConversationLanguage of(ChatLanguage language) {
        return new ConversationLanguage(Objects.requireNonNull(language, "language"));
    }

    public Optional<ChatLanguage> language() {
        return Optional.ofNullable(language);
    }

    /** The language to answer in after this message. */
    public ConversationLanguage after(LanguageGuess guess) {
        if (language == null) {
            return of(guess.language());
        }
        if (guess.language() == language || guess.isShort() || guess.confidence() < SWITCH_CONFIDENCE) {
            return this;
        }
        return of(guess.language());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConversationLanguage other && other.language == language;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(language);
    }

    @Override
    public String toString() {
        return "ConversationLanguage[" + (language == null ? "unknown" : language.code()) + "]";
    }
}
