package io.vitrine.chat.api;

import io.vitrine.chat.ChatReply;
import io.vitrine.chat.ProductCard;

import java.util.List;

/**
 * The assistant's reply: plain text (escape it where it is shown as HTML), its language, the intent understood and
 * the classifier's confidence in [0, 1], and product cards.
 */
public record ChatResponse(String conversationId, String reply, String lang, String intent, double confidence,
                           List<Card> cards) {

    /** A product: {@code price} formatted for the reply's language, {@code priceCents} in minor units of {@code currency}. */
    public record Card(String id, String name, String price, long priceCents, String currency, int stock, String imageUrl,
                       String link) {

        static Card of(ProductCard c) {
            return new Card(c.id(), c.name(), c.price(), c.priceCents(), c.currency(), c.stock(), c.imageUrl().orElse(null), c.link());
        }
    }

    static ChatResponse of(ChatReply r) {
        return new ChatResponse(r.conversationId(), r.text(), r.lang().code(), r.intent().label(),
                Math.round(r.confidence() * 10_000) / 10_000.0, r.cards().stream().map(Card::of).toList());
    }
}
