package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.util.Objects;

/**
 * What the shopper wants: {@code intent} is the label of the model's best intent, or the model's out-of-scope label when the
 * best intent's {@code confidence} (its probability) is below the model's threshold. {@code bestGuess} keeps the
 * best intent even then, for logs and for the seller's dashboard.
 */
public record IntentPrediction(String intent, double confidence, ChatLanguage lang, String bestGuess, boolean outOfScope) {

    public IntentPrediction {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(bestGuess, "bestGuess");
    }

    /**
     * The intent to act on: {@link Intent#OUT_OF_SCOPE} below the threshold, and for a label this code does not know
     * (a corpus label added without its {@link Intent}) or an answer-only intent, since nothing could answer it.
     */
    public Intent understood() {
        return outOfScope ? Intent.OUT_OF_SCOPE : Intent.fromLabel(intent).filter(Intent::isPredictable).orElse(Intent.OUT_OF_SCOPE);
    }

    /** True when the assistant should say it does not know and offer to leave a message for the seller. */
    public boolean isOutOfScope() {
        return outOfScope;
    }
}
