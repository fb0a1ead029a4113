package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.ChatEntities;
import io.vitrine.chat.understanding.ChatWords;
import io.vitrine.chat.understanding.EntityExtractor;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.IntentPrediction;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers one message: settles a question the assistant asked (cancel this order? leave a message?), lets the
 * context decide what a short follow-up means ("the second one", "and in blue?"), then hands the message to the
 * {@link Answerer} of its intent. Plain Java, no container: the unit tests drive it with an in-memory shop.
 */
public final class Answers {

    /** Dates in replies (delivery estimates, order dates) are the shop's. */
    static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Paris");

    /** Intents that read the product picked from the list shown; any other intent becomes a product question. */
    private static final Set<Intent> READ_A_PICKED_PRODUCT = EnumSet.of(Intent.PRODUCT_INFO, Intent.PRICE, Intent.AVAILABILITY,
            Intent.SIZES_COLOURS, Intent.SHIPPING, Intent.SELLER_CONTACT, Intent.COMPARE);
    /** Intents that a follow-up naming only a colour, a size or a price ("and in blue?") refines. */
    private static final Set<Intent> REFINABLE = EnumSet.of(Intent.SIZES_COLOURS, Intent.RECOMMENDATION, Intent.AVAILABILITY,
            Intent.PRICE, Intent.PRODUCT_INFO, Intent.OUT_OF_SCOPE);

    private final ChatShop shop;
    private final EntityExtractor extractor = new EntityExtractor();
    private final OrderAnswers orders;
    private final AssistantAnswers assistant;
    private final SuggestionAnswers suggestions;
    private final Map<Intent, Answerer> byIntent = new EnumMap<>(Intent.class);

    public Answers(ChatShop shop, DeliveryPolicy delivery, Clock clock) {
        this.shop = Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(clock, "clock");
        ProductLists lists = new ProductLists(shop);
        PolicyAnswers policies = new PolicyAnswers(shop);
        this.orders = new OrderAnswers(shop);
        this.assistant = new AssistantAnswers(shop, clock);
        this.suggestions = new SuggestionAnswers(shop, lists);
        for (Answerer a : List.of(new ProductAnswers(shop, lists, policies, delivery, clock), suggestions,
                new ComparisonAnswers(shop), orders, policies, assistant)) {
            for (Intent i : a.intents()) {
                if (byIntent.put(i, a) != null) {
                    throw new IllegalStateException("two answerers for " + i);
                }
            }
        }
        List<Intent> unanswered = Arrays.stream(Intent.values()).filter(i -> i.isPredictable() && !byIntent.containsKey(i)).toList();
        if (!unanswered.isEmpty()) {
            throw new IllegalStateException("no answerer for " + unanswered);
        }
    }

    /**
     * @param c       the conversation, its context updated in place
     * @param message the shopper's message (already checked: not blank, not too long)
     * @param p       the classifier's prediction, its language the reply's
     * @param account the logged-in shopper, if any
     */
    public ChatAnswer answer(Conversation c, String message, IntentPrediction p, Optional<String> account) {
        ChatLanguage lang = p.lang();
        Optional<ChatAnswer> settled = switch (c.pending()) {
            case CONFIRM_CANCEL -> orders.settle(c, message, lang, account);
            case OFFER_MESSAGE, MESSAGE_TEXT -> assistant.settle(c, message, lang, account);
            case NONE -> Optional.empty();
        };
        if (settled.isPresent()) {
            return settled.get();
        }
        ChatEntities entities = extractor.extract(message);
        String words = ChatWords.productWords(message);
        List<String> shown = c.shownProductIds();
        Optional<Product> referenced = ChatWords.ordinal(message, shown.size()).flatMap(i -> shop.product(shown.get(i)));
        Intent intent = p.understood();
        boolean namesOnlyAFilter = words.isEmpty()
                && (!entities.colours().isEmpty() || !entities.sizes().isEmpty() || entities.price().isPresent());
        if (referenced.isPresent() && !READ_A_PICKED_PRODUCT.contains(intent)) {
            intent = Intent.PRODUCT_INFO;
        } else if (namesOnlyAFilter && REFINABLE.contains(intent)
                && (c.lastSearch().isPresent() || c.focusProductId().isPresent())) {
            return suggestions.refine(c, entities, lang, account);
        }
        return byIntent.get(intent).answer(new Question(message, intent, lang, entities, words, referenced, account), c);
    }
}
