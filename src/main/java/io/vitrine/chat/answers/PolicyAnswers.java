package io.vitrine.chat.answers;

import io.vitrine.catalog.Money;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.faq.FaqEntry;
import io.vitrine.chat.understanding.Countries;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.TextNormalizer;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shop's policies (returns, payment, delivery, warranty...): the best FAQ entry for the question, preferring
 * the intent's topic; delivery to a named country and express delivery from the configured {@link DeliveryZones}.
 * After a damaged item, a warranty, a seller or a human was asked about, the shopper is offered to leave a message;
 * with no entry at all, the assistant says it does not know. Never searches products.
 */
record PolicyAnswers(ChatShop shop, DeliveryZones zones) implements Answerer {

    /** The intents this answerer owns (delivery and seller questions that name no product come here too). */
    static final Set<Intent> POLICY_INTENTS = EnumSet.of(Intent.HUMAN_AGENT, Intent.ACCOUNT_HELP, Intent.DAMAGED_ITEM,
            Intent.DELIVERY_ADDRESS_CHANGE, Intent.GIFT_WRAPPING, Intent.INVOICE, Intent.LEAVE_REVIEW, Intent.NEWSLETTER,
            Intent.OPENING_HOURS, Intent.PAYMENT_METHODS, Intent.PRODUCT_CARE, Intent.PROMO_CODES, Intent.REFUND_STATUS,
            Intent.RETURNS, Intent.SIZE_GUIDE, Intent.WARRANTY);
    /** Policy answers after which the shopper may want to write to someone. */
    private static final Set<Intent> OFFER_MESSAGE_AFTER = EnumSet.of(Intent.HUMAN_AGENT, Intent.DAMAGED_ITEM, Intent.WARRANTY,
            Intent.SELLER_CONTACT);
    private static final Pattern EXPRESS = Pattern.compile("\\b(express|next day|fast(er|est)? delivery|rapide|24 ?h|chrono\\w*)\\b");

    @Override
    public Set<Intent> intents() {
        return POLICY_INTENTS;
    }

    @Override
    public ChatAnswer answer(Question q, Conversation c) {
        if (q.intent() == Intent.SHIPPING && EXPRESS.matcher(TextNormalizer.fold(q.message())).find()) {
            return ChatAnswer.of(express(q.lang()), Intent.SHIPPING);
        }
        Optional<FaqEntry> entry = shop.policy(q.message(), q.intent(), q.lang());
        if (entry.isEmpty()) {
            return AssistantAnswers.dontKnow(c, q.message(), q.lang());
        }
        String text = entry.get().answer();
        if (q.referenced().isPresent()) {
            // "can I put the <name> in the washing machine?": the policy, said to be about the product asked about
            text = ReplyTexts.text(q.lang(), "policy_about", q.referenced().get().name().in(q.lang().code())) + " " + text;
        }
        if (OFFER_MESSAGE_AFTER.contains(q.intent())) {
            c.await(Conversation.Pending.OFFER_MESSAGE, null, q.message());
            text = text + " " + ReplyTexts.text(q.lang(), "offer_message");
        }
        return ChatAnswer.of(text, q.intent());
    }

    /** Delivery to a country: the zone's days and the prices, express if it goes there, or "we do not deliver there". */
    ChatAnswer deliveryTo(String country, String message, ChatLanguage lang) {
        String name = Countries.name(country, lang);
        Optional<DeliveryZones.Zone> zone = zones.zone(country);
        if (zone.isEmpty()) {
            List<String> served = zones.countries().stream().map(code -> Countries.name(code, lang)).toList();
            return ChatAnswer.of(ReplyTexts.text(lang, "delivery_nowhere", name, ReplyTexts.list(served, lang)), Intent.SHIPPING);
        }
        DeliveryZones.Zone z = zone.get();
        String text = ReplyTexts.text(lang, "delivery_country", name, days(z.minDays(), z.maxDays(), lang),
                euros(zones.standardPrice(), lang), euros(zones.freeFrom(), lang));
        boolean asksExpress = EXPRESS.matcher(TextNormalizer.fold(message)).find();
        if (zones.hasExpress(country)) {
            text += " " + ReplyTexts.text(lang, "delivery_express_here", days(zones.expressDays(), zones.expressDays(), lang),
                    euros(zones.expressPrice(), lang));
        } else if (asksExpress) {
            text += " " + ReplyTexts.text(lang, "delivery_express_not_here");
        }
        return ChatAnswer.of(text, Intent.SHIPPING);
    }

    private String express(ChatLanguage lang) {
        List<String> where = zones.express().stream().sorted().map(code -> Countries.name(code, lang)).toList();
        return ReplyTexts.text(lang, "delivery_express", days(zones.expressDays(), zones.expressDays(), lang),
                euros(zones.expressPrice(), lang), ReplyTexts.list(where, lang));
    }

    /** "3 to 6 business days" / "3 à 6 jours ouvrés", "1 business day". */
    private static String days(int min, int max, ChatLanguage lang) {
        String span = min == max ? String.valueOf(min) : ReplyTexts.text(lang, "days_span", min, max);
        return ReplyTexts.text(lang, max == 1 ? "business_day" : "business_days", span);
    }

    private static String euros(BigDecimal amount, ChatLanguage lang) {
        return ReplyTexts.money(Money.of(amount, "EUR"), lang);
    }
}
