package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.util.Objects;

/**
 * French or English for one message: {@code confidence} is the chosen language's share of
 * P(fra) + P(eng), so 0.5 means undecided; {@code words} lets the conversation decide whether to trust it.
 */
public record LanguageGuess(ChatLanguage language, double confidence, int words) {

    public LanguageGuess {
        Objects.requireNonNull(language, "language");
    }

    /** One- and two-word messages ("ok", "merci", "thanks a lot") say too little to switch a conversation's language. */
    public boolean isShort() {
        return words <= 2;
    }
}
