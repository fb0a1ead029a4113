package io.vitrine.chat.answers;

import io.vitrine.chat.ProductCard;
import io.vitrine.chat.handover.SellerMessage;
import io.vitrine.chat.understanding.Intent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Answerer} decided for one message: the reply text, the intent it acted on (which may differ from
 * the classifier's when the context decided, e.g. "the second one" after a list), the cards, and a message for a
 * seller when the shopper left one.
 */
public record ChatAnswer(String text, Intent intent, List<ProductCard> cards, Optional<SellerMessage> sellerMessage) {

    public ChatAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
        cards = List.copyOf(cards);
        Objects.requireNonNull(sellerMessage, "sellerMessage");
    }

    public static ChatAnswer of(String text, Intent intent) {
        return new ChatAnswer(text, intent, List.of(), Optional.empty());
    }

    public static ChatAnswer of(String text, Intent intent, List<ProductCard> cards) {
        return new ChatAnswer(text, intent, cards, Optional.empty());
    }
}
