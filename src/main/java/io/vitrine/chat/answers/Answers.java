package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.ChatTurn;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.ChatEntities;
import io.vitrine.chat.understanding.ChatWords;
import io.vitrine.chat.understanding.Countries;
import io.vitrine.chat.understanding.EntityExtractor;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.IntentPrediction;
import io.vitrine.chat.understanding.ProductCriteria;
import io.vitrine.chat.understanding.ProductNameMask;
import io.vitrine.chat.understanding.ProductTypes;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers one message: settles a question the assistant asked (cancel this order? leave a message?), reads the
 * message's slots (product named in full, shelf, colour, size, budget, country, a pick from the list shown) against
 * the conversation's state, decides what the shopper asks for, and hands it to the {@link Answerer} of that intent.
 * Plain Java, no container: the unit tests drive it with an in-memory shop.
 * <p>
 * Order of precedence: a product named in full wins over everything the conversation remembers; a country turns
 * a delivery question (or a follow-up of one) into the delivery answer for that country; policy intents never search
 * products; a shelf ("running shoes", "un téléphone") turns a vague intent into suggestions from that shelf;
 * a bare refinement ("max 80", "in red?", "cheaper?") runs the last search again.
 */
public final class Answers {

    /** Dates in replies (delivery estimates, order dates) are the shop's. */
    static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Paris");

    /** Intents about one product. */
    private static final Set<Intent> ABOUT_A_PRODUCT = EnumSet.of(Intent.PRODUCT_INFO, Intent.PRICE, Intent.AVAILABILITY,
            Intent.SIZES_COLOURS, Intent.SHIPPING, Intent.SELLER_CONTACT, Intent.COMPARE);
    /** Words around a shelf that ask for nothing more ("I want", "looking for a new", "je cherche"). */
    private static final Set<String> FILLER = Set.of("want", "wanna", "need", "looking", "look", "new", "good", "nice", "some",
            "any", "pls", "plz", "show", "something", "sell", "selling", "buy", "got", "cherche", "voudrais", "veux", "besoin",
            "montre", "montrez", "vendez", "avez", "nouveau", "nouvelle", "bon", "bonne", "quelque", "chose", "acheter", "ideas",
            "idea", "idee", "idees", "recommend", "suggest", "help", "find", "trouver", "stock", "available", "dispo", "disponible");
    /** Words of a delivery question, so "and to Germany?" after one is one too. */
    private static final Pattern DELIVERY_WORDS = Pattern.compile(
            "\\b(ship|shipping|shipped|deliver|delivery|delivered|send|post|postage|express|livr\\w*|envo\\w*|expedi\\w*|delai\\w*)\\b");

    private final ChatShop shop;
    private final EntityExtractor extractor = new EntityExtractor();
    private final OrderAnswers orders;
    private final AssistantAnswers assistant;
    private final SuggestionAnswers suggestions;
    private final PolicyAnswers policies;
    private final ComparisonAnswers comparisons;
    private final Map<Intent, Answerer> byIntent = new EnumMap<>(Intent.class);

    public Answers(ChatShop shop, DeliveryPolicy delivery, Clock clock) {
        this(shop, delivery, DeliveryZones.standard(), clock);
    }

    public Answers(ChatShop shop, DeliveryPolicy delivery, DeliveryZones zones, Clock clock) {
        this.shop = Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(clock, "clock");
        ProductLists lists = new ProductLists(shop);
        this.policies = new PolicyAnswers(shop, Objects.requireNonNull(zones, "zones"));
        this.orders = new OrderAnswers(shop);
        this.assistant = new AssistantAnswers(shop, clock);
        this.suggestions = new SuggestionAnswers(shop, lists);
        this.comparisons = new ComparisonAnswers(shop);
        for (Answerer a : List.of(new ProductAnswers(shop, lists, policies, delivery, clock), suggestions,
                comparisons, orders, policies, assistant)) {
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

    /** {@link #answer(Conversation, String, IntentPrediction, Optional, Optional)}, the product named in full searched here. */
    public ChatAnswer answer(Conversation c, String message, IntentPrediction p, Optional<String> account) {
        List<Product> best = message.split("\\s+").length > ProductNameMask.MIN_RUN && shop.names().mayNameInFull(message)
                ? shop.search(ProductCriteria.text(message), p.lang(), 1) : List.of();
        return answer(c, message, p, ProductNameMask.namedInFull(message, best), account);
    }

    /**
     * @param c       the conversation, its context updated in place
     * @param message the shopper's message (already checked: not blank, not too long)
     * @param p       the classifier's prediction, its language the reply's
     * @param named   the product the message names in full, if any
     * @param account the logged-in shopper, if any
     */
    public ChatAnswer answer(Conversation c, String message, IntentPrediction p, Optional<Product> named, Optional<String> account) {
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
        Optional<ProductTypes.Mention> mention = shop.shelf(message, lang);
        Optional<String> shelf = mention.map(ProductTypes.Mention::path);
        Optional<String> country = Countries.find(message);
        List<Product> shown = c.shownProductIds().stream().map(shop::product).flatMap(Optional::stream).toList();
        Intent intent = p.understood();
        // "what's the rating of ...", "il est bien noté ?": how shoppers rate a product, answered from its ratings,
        // which the classifier reads as the review policy; "which is better rated, X or Y" stays a comparison
        boolean rating = intent != Intent.COMPARE && ChatWords.asksRating(message);

        if (named.isEmpty() && (intent == Intent.SHIPPING || intent == Intent.SELLER_CONTACT)) {
            named = namedByItsWords(words, lang);
        }
        if (intent != Intent.COMPARE && named.isPresent() && ChatWords.weighsTwo(message)) {
            // "X vs Y" with two long names: the name mask hid only X, so the classifier read a question about X
            List<Product> two = comparisons.named(message, lang);
            if (two.size() == 2) {
                return comparisons.compare(c, two, lang);
            }
        }
        Optional<Product> referenced = named.or(() -> picked(message, words, shelf, shown));
        if (intent == Intent.COMPARE && named.isEmpty() && shown.size() >= 2 && ChatWords.firstTwo(message)) {
            return comparisons.compare(c, shown.subList(0, 2), lang);
        }
        if (referenced.isPresent()) {
            boolean picked = named.isEmpty();
            boolean nameAlone = named.filter(n -> ProductNameMask.isOnlyTheName(message, n)).isPresent();
            Intent asked = rating ? Intent.PRODUCT_INFO : picked && ChatWords.pick(message).isPresent() && (intent == Intent.COMPARE || !ABOUT_A_PRODUCT.contains(intent))
                    ? Intent.PRICE
                    : picked && intent == Intent.COMPARE || nameAlone && !ABOUT_A_PRODUCT.contains(intent) ? Intent.PRODUCT_INFO
                    : ABOUT_A_PRODUCT.contains(intent) || isPolicy(intent) && !picked ? intent : Intent.PRODUCT_INFO;
            if (asked != Intent.COMPARE || named.isEmpty()) {
                return dispatch(new Question(message, asked, lang, entities, words, referenced, account), c);
            }
            List<Product> two = comparisons.named(message, lang);
            if (two.size() == 2) {
                return comparisons.compare(c, two, lang);
            }
            if (!comparisons.setsTwoApart(message)) {
                // "il vaut quoi <name>" read as a comparison: one product named, nothing to compare it with
                return dispatch(new Question(message, Intent.PRODUCT_INFO, lang, entities, words, referenced, account), c);
            }
        }
        boolean deliveryWords = intent != Intent.OUT_OF_SCOPE && DELIVERY_WORDS.matcher(fold(message)).find();
        if (country.isPresent() && (intent == Intent.SHIPPING || followsDelivery(c) || deliveryWords)) {
            return policies.deliveryTo(country.get(), message, lang);
        }
        if (mention.isPresent() && asksForTheShelf(intent, words, mention.get())) {
            return suggestions.discover(c, words, shelf, entities, lang, account);
        }
        boolean onlyFilters = words.isEmpty() && shelf.isEmpty()
                && (!entities.colours().isEmpty() || !entities.sizes().isEmpty() || entities.price().isPresent());
        boolean remembers = c.lastSearch().isPresent() || c.focusProductId().isPresent();
        // "en noir à moins de 100 €" read as a damaged item (0.3), "un peu moins cher peut-être" as a hand-over: a bare
        // refinement of the list shown, unless the classifier is sure of a policy question
        boolean policy = isPolicy(intent) && p.confidence() >= ProductNameMask.SURE;
        if (remembers && shelf.isEmpty() && (onlyFilters || ChatWords.asksCheaper(message)) && !policy) {
            return suggestions.refine(c, entities, ChatWords.asksCheaper(message) ? cheapest(shown) : Optional.empty(), lang, account);
        }
        Optional<Product> focus = c.focusProductId().filter(f -> ChatWords.pointsBack(message)).flatMap(shop::product);
        if (focus.isPresent() && (ABOUT_A_PRODUCT.contains(intent) || rating) && intent != Intent.COMPARE) {
            return dispatch(new Question(message, rating ? Intent.PRODUCT_INFO : intent, lang, entities, words, focus, account), c);
        }
        if (rating && !words.isEmpty()) {
            return dispatch(new Question(message, Intent.PRODUCT_INFO, lang, entities, words, Optional.empty(), account), c);
        }
        if (intent == Intent.SHIPPING || intent == Intent.SELLER_CONTACT) {
            return policies.answer(new Question(message, intent, lang, entities, "", Optional.empty(), account), c);
        }
        return dispatch(new Question(message, intent, lang, entities, isPolicy(intent) ? "" : words, Optional.empty(), account), c);
    }

    private ChatAnswer dispatch(Question q, Conversation c) {
        return byIntent.get(q.intent()).answer(q, c);
    }

    /**
     * Whether a message naming a shelf asks for suggestions from it: a recommendation, or a vague intent
     * ("Do you sell laptops?" read as a seller question); a product question only when the shelf is all it names
     * ("do you have backpacks?", not "how much is the Nordika linen dress?"); out of scope only for a short message
     * ("laptops", "des bougies ?").
     */
    private static boolean asksForTheShelf(Intent intent, String words, ProductTypes.Mention shelf) {
        List<String> beyond = Arrays.stream(words.split(" ")).filter(w -> !w.isEmpty() && !shelf.covers(w) && !FILLER.contains(w)).toList();
        return switch (intent) {
            case RECOMMENDATION, SELLER_CONTACT, GREETING, BOT_CAPABILITIES, THANKS -> true;
            case PRODUCT_INFO, PRICE, AVAILABILITY, SIZES_COLOURS, COMPARE -> beyond.isEmpty();
            case OUT_OF_SCOPE -> beyond.size() <= 1;
            default -> false;
        };
    }

    /**
     * For a delivery or seller question, which never searches the shop for a loose word ("germany"): the product
     * whose name holds every product word of the message ("when would the Nordika linen dress arrive?").
     */
    private Optional<Product> namedByItsWords(String words, ChatLanguage lang) {
        // one loose word is not a product's name: "la livraison la plus rapide" is not the "séchage rapide" polish
        if (words.isEmpty() || words.indexOf(' ') < 0 || !shop.names().mayHoldAll(words)) {
            return Optional.empty();
        }
        return shop.search(ProductCriteria.text(words), lang, 1).stream().filter(p -> {
            List<String> name = List.of(io.vitrine.chat.understanding.TextNormalizer.tokens(p.name().en() + " " + p.name().fr()));
            return Arrays.stream(words.split(" ")).allMatch(name::contains);
        }).findFirst();
    }

    /** "The third one", "the cheapest of those", "le moins cher": a product of the list shown, when the message names no other. */
    private static Optional<Product> picked(String message, String words, Optional<String> shelf, List<Product> shown) {
        if (shown.isEmpty() || shelf.isPresent()) {
            return Optional.empty();
        }
        Optional<Product> at = ChatWords.ordinal(message, shown.size()).map(shown::get);
        if (at.isPresent()) {
            return at;
        }
        return ChatWords.pick(message).map(pick -> pick == ChatWords.Pick.CHEAPEST
                ? shown.stream().min(Comparator.comparingLong(p -> p.price().cents())).orElseThrow()
                : shown.stream().max(Comparator.comparingLong(p -> p.price().cents())).orElseThrow());
    }

    private static Optional<Product> cheapest(List<Product> shown) {
        return shown.stream().min(Comparator.comparingLong(p -> p.price().cents()));
    }

    private static boolean followsDelivery(Conversation c) {
        List<ChatTurn> turns = c.turns();
        return !turns.isEmpty() && Intent.SHIPPING.label().equals(turns.get(turns.size() - 1).intent());
    }

    /** Intents answered from the policy pages. */
    static boolean isPolicy(Intent intent) {
        return PolicyAnswers.POLICY_INTENTS.contains(intent) || intent == Intent.SHIPPING;
    }

    private static String fold(String s) {
        return io.vitrine.chat.understanding.TextNormalizer.fold(s);
    }
}
