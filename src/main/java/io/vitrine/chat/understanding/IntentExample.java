package io.vitrine.chat.understanding;

import java.util.Objects;

/** One labelled utterance of an intent corpus. */
public record IntentExample(String intent, String text) {

    public IntentExample {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
        if (intent.isBlank()) {
            throw new IllegalArgumentException("blank intent for: " + text);
        }
    }
}
