package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.util.Objects;

/**
 * Serving side of intents: detects the message's language and classifies it with the current {@link IntentModel}.
 * The model is one joint French + English model (intents are the same in both languages, and a misdetected short
 * message is still understood); the language only decides the reply's language.
 */
public final class IntentClassifier {

    private final IntentModel model;
    private final LanguageIdentifier languages;

    public IntentClassifier(IntentModel model, LanguageIdentifier languages) {
        this.model = Objects.requireNonNull(model, "model");
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** Language from this message alone. */
    public IntentPrediction classify(String text) {
        return model.classify(text, languages.guess(text).language());
    }

    /**
     * Language from the conversation: {@code conversation.after(...)} keeps a conversation's language across
     * short messages. Returns the prediction; the caller stores {@code ConversationLanguage.of(prediction.lang())}.
     */
    public IntentPrediction classify(String text, ConversationLanguage conversation) {
        ChatLanguage lang = conversation.after(languages.guess(text)).language().orElseThrow();
        return model.classify(text, lang);
    }

    public IntentModel model() {
        return model;
    }
}
