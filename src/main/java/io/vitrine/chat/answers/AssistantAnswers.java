package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.Seller;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.handover.SellerMessage;
import io.vitrine.chat.understanding.ChatWords;
import io.vitrine.chat.understanding.Intent;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The assistant about itself: greetings, thanks, goodbyes, what it can do; what it cannot (out of scope), with the
 * offer to hand the question over; and the hand-over itself, a message for the seller of the product in focus (or
 * the shop) once the shopper said yes and typed it.
 */
record AssistantAnswers(ChatShop shop, Clock clock) implements Answerer {

    @Override
    public Set<Intent> intents() {
        return Set.of(Intent.GREETING, Intent.THANKS, Intent.GOODBYE, Intent.BOT_CAPABILITIES, Intent.OUT_OF_SCOPE);
    }

    @Override
    public ChatAnswer answer(Question q, Conversation c) {
        if (q.intent() == Intent.OUT_OF_SCOPE) {
            return dontKnow(c, q.message(), q.lang());
        }
        // small talk: the reply text's key is the intent's label
        return ChatAnswer.of(ReplyTexts.text(q.lang(), q.intent().label()), q.intent());
    }

    /** An honest "not here" with no cards, and the offer to pass the question on. */
    static ChatAnswer dontKnow(Conversation c, String message, ChatLanguage lang) {
        c.await(Conversation.Pending.OFFER_MESSAGE, null, message);
        return ChatAnswer.of(ReplyTexts.text(lang, "dont_know"), Intent.OUT_OF_SCOPE);
    }

    /**
     * The reply to "shall I pass it on?" (yes: ask for the text; no: drop it) or the message's text itself; any other
     * reply to the offer is a new question.
     */
    Optional<ChatAnswer> settle(Conversation c, String message, ChatLanguage lang, Optional<String> account) {
        boolean offered = c.pending() == Conversation.Pending.OFFER_MESSAGE;
        if (offered && ChatWords.isYes(message)) {
            c.await(Conversation.Pending.MESSAGE_TEXT, null, c.pendingQuestion().orElse(null));
            return Optional.of(ChatAnswer.of(ReplyTexts.text(lang, "ask_message_text"), Intent.SELLER_MESSAGE));
        }
        if (ChatWords.isNo(message)) {
            c.settle();
            return Optional.of(ChatAnswer.of(ReplyTexts.text(lang, "message_declined"), Intent.SELLER_MESSAGE));
        }
        Optional<ChatAnswer> left = offered ? Optional.empty() : Optional.of(leaveMessage(c, message, lang, account));
        c.settle();
        return left;
    }

    private ChatAnswer leaveMessage(Conversation c, String text, ChatLanguage lang, Optional<String> account) {
        Optional<Product> about = c.focusProductId().flatMap(shop::product);
        Optional<Seller> seller = about.flatMap(p -> shop.seller(p.sellerId()));
        String sellerId = about.map(Product::sellerId).orElse(SellerMessage.SHOP);
        SellerMessage m = new SellerMessage(sellerId, c.id(), account, about.map(p -> p.id().value()), lang,
                c.pendingQuestion().orElse(""), text, clock.instant());
        String to = seller.map(Seller::name).orElse(ReplyTexts.text(lang, "the_shop"));
        return new ChatAnswer(ReplyTexts.text(lang, "message_left", to), Intent.SELLER_MESSAGE, List.of(), Optional.of(m));
    }
}
