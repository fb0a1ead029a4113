package io.vitrine.chat.answers;

import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.faq.FaqEntry;
import io.vitrine.chat.understanding.Intent;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The shop's policies (returns, payment, delivery, warranty...): the best FAQ entry for the question, preferring
 * the intent's topic. After a damaged item, a warranty, a seller or a human was asked about, the shopper is offered
 * to leave a message; with no entry at all, the assistant says it does not know.
 */
final class PolicyAnswers implements Answerer {

    /** Policy answers after which the shopper may want to write to someone. */
    private static final Set<Intent> OFFER_MESSAGE_AFTER = EnumSet.of(Intent.HUMAN_AGENT, Intent.DAMAGED_ITEM, Intent.WARRANTY,
            Intent.SELLER_CONTACT);

    private final ChatShop shop;

    PolicyAnswers(ChatShop shop) {
        this.shop = shop;
    }

    @Override
    public Set<Intent> intents() {
        return EnumSet.of(Intent.HUMAN_AGENT, Intent.ACCOUNT_HELP, Intent.DAMAGED_ITEM, Intent.DELIVERY_ADDRESS_CHANGE,
                Intent.GIFT_WRAPPING, Intent.INVOICE, Intent.LEAVE_REVIEW, Intent.NEWSLETTER, Intent.OPENING_HOURS,
                Intent.PAYMENT_METHODS, Intent.PRODUCT_CARE, Intent.PROMO_CODES, Intent.REFUND_STATUS, Intent.RETURNS,
                Intent.SIZE_GUIDE, Intent.WARRANTY);
    }

    /** Also answers delivery and seller questions that name no product ({@link ProductAnswers}). */
    @Override
    public ChatAnswer answer(Question q, Conversation c) {
        Optional<FaqEntry> entry = shop.policy(q.message(), q.intent(), q.lang());
        if (entry.isEmpty()) {
            return AssistantAnswers.dontKnow(c, q.message(), q.lang());
        }
        String text = entry.get().answer();
        if (OFFER_MESSAGE_AFTER.contains(q.intent())) {
            c.await(Conversation.Pending.OFFER_MESSAGE, null, q.message());
            text = text + " " + ReplyTexts.text(q.lang(), "offer_message");
        }
        return ChatAnswer.of(text, q.intent());
    }
}
