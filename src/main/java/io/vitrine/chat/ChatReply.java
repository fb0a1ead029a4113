package io.vitrine.chat;

import io.vitrine.chat.understanding.Intent;

import java.util.List;
import java.util.Objects;

/**
 * The assistant's answer to one message: the text (plain, escaped by whoever shows it), the language it is in,
 * the intent it understood with the classifier's confidence, and product cards.
 */
public record ChatReply(String conversationId, String text, ChatLanguage lang, Intent intent, double confidence,
                        List<ProductCard> cards) {

    public ChatReply {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(intent, "intent");
        cards = List.copyOf(cards);
    }
}
