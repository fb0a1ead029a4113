package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.ProductCard;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.faq.FaqEntry;
import io.vitrine.chat.handover.SellerMessage;
import io.vitrine.chat.understanding.ChatEntities;
import io.vitrine.chat.understanding.ChatWords;
import io.vitrine.chat.understanding.Colour;
import io.vitrine.chat.understanding.EntityExtractor;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.chat.understanding.IntentPrediction;
import io.vitrine.chat.understanding.ProductCriteria;
import io.vitrine.chat.understanding.TextNormalizer;

import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.Seller;
import io.vitrine.order.Order;
import io.vitrine.order.OrderStatus;
import io.vitrine.search.Comparison;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Composes the reply to one message from live shop data: the intent says what is asked, the entities and the
 * conversation's context say about what, {@link ChatShop} gives the facts and {@link ReplyTexts} the wording. Plain
 * Java, no container: the unit tests drive it with an in-memory shop. Updates the conversation's context (product in
 * focus, products shown, last search, question awaiting an answer); the caller stores it.
 */
public final class AnswerComposer {

    public static final String GREETING = "greeting";
    public static final String THANKS = "thanks";
    public static final String GOODBYE = "goodbye";
    public static final String BOT_CAPABILITIES = "bot_capabilities";
    public static final String PRODUCT_INFO = "product_info";
    public static final String PRICE = "price";
    public static final String AVAILABILITY = "availability";
    public static final String SIZES_COLOURS = "sizes_colours";
    public static final String SHIPPING = "shipping_cost_delay";
    public static final String SELLER_CONTACT = "seller_contact";
    public static final String RECOMMENDATION = "recommendation";
    public static final String COMPARE = "compare_products";
    public static final String ORDER_STATUS = "order_status";
    public static final String CANCEL_ORDER = "cancel_order";
    public static final String HUMAN_AGENT = "human_agent";
    /** Intents of a reply that leaves a message for the seller (not classifier intents). */
    public static final String SELLER_MESSAGE = "seller_message";

    private static final Set<String> SMALL_TALK = Set.of(GREETING, THANKS, GOODBYE, BOT_CAPABILITIES);
    private static final Set<String> ABOUT_A_PRODUCT = Set.of(PRODUCT_INFO, PRICE, AVAILABILITY, SIZES_COLOURS);
    /** Intents that a follow-up naming only a colour, a size or a price ("and in blue?") refines. */
    private static final Set<String> REFINABLE = Set.of(SIZES_COLOURS, RECOMMENDATION, AVAILABILITY, PRICE, PRODUCT_INFO);
    /** Policy answers after which the shopper may want to write to someone. */
    private static final Set<String> OFFER_MESSAGE_AFTER = Set.of(HUMAN_AGENT, "damaged_item", "warranty", SELLER_CONTACT);
    /** What separates the two products of "compare X and Y" / "X et Y" / "X vs Y". */
    private static final Pattern COMPARE_SPLIT = Pattern.compile("\\b(?:and|et|vs|versus|or|ou|with|avec|contre|against)\\b|[,/&]");
    /**
     * "compare X to Y" / "comparer X à Y", only when nothing above separates them: "à" (folded to "a") is inside
     * many French product names ("Vernis à ongles", "Rouge à lèvres", "Sac à main").
     */
    private static final Pattern COMPARE_SPLIT_WEAK = Pattern.compile("\\b(?:to|a)\\b");
    private static final int LOW_STOCK = 5;
    private static final int CARDS = 3;
    private static final int SUGGESTIONS = 4;
    private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Paris");

    private final ChatShop shop;
    private final EntityExtractor extractor = new EntityExtractor();
    private final DeliveryPolicy delivery;
    private final Clock clock;

    public AnswerComposer(ChatShop shop, DeliveryPolicy delivery, Clock clock) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param c       the conversation, its context updated in place
     * @param message the shopper's message (already checked: not blank, not too long)
     * @param p       the classifier's prediction, its language the reply's
     * @param account the logged-in shopper, if any
     */
    public ChatAnswer answer(Conversation c, String message, IntentPrediction p, Optional<String> account) {
        ChatLanguage lang = p.lang();
        Optional<ChatAnswer> settled = settlePending(c, message, lang, account);
        if (settled.isPresent()) {
            return settled.get();
        }
        ChatEntities entities = extractor.extract(message);
        String words = ChatWords.productWords(message);
        List<String> shown = c.shownProductIds();
        Optional<Product> referenced = ChatWords.ordinal(message, shown.size()).flatMap(i -> shop.product(shown.get(i)));
        String intent = p.intent();
        boolean namesOnlyAFilter = words.isEmpty()
                && (!entities.colours().isEmpty() || !entities.sizes().isEmpty() || entities.price().isPresent());
        if (referenced.isPresent() && (p.isOutOfScope() || !ABOUT_A_PRODUCT.contains(intent) && !intent.equals(SHIPPING)
                && !intent.equals(SELLER_CONTACT) && !intent.equals(COMPARE))) {
            intent = PRODUCT_INFO;
        } else if (namesOnlyAFilter && (p.isOutOfScope() || REFINABLE.contains(intent))
                && (c.lastSearch().isPresent() || c.focusProductId().isPresent())) {
            return refine(c, entities, lang, account);
        }
        if (p.isOutOfScope() && referenced.isEmpty()) {
            return dontKnow(c, message, lang);
        }
        if (SMALL_TALK.contains(intent)) {
            return ChatAnswer.of(ReplyTexts.text(lang, intent), intent);
        }
        return switch (intent) {
            case PRODUCT_INFO, PRICE, AVAILABILITY, SIZES_COLOURS -> aboutProduct(c, intent, words, entities, referenced, lang);
            case SHIPPING, SELLER_CONTACT -> !words.isEmpty() || referenced.isPresent()
                    ? aboutProduct(c, intent, words, entities, referenced, lang)
                    : policy(c, message, intent, lang);
            case RECOMMENDATION -> recommend(c, message, words, entities, lang, account);
            case COMPARE -> compare(c, message, referenced, lang);
            case ORDER_STATUS -> orderStatus(entities, lang, account);
            case CANCEL_ORDER -> cancel(c, entities, lang, account);
            default -> policy(c, message, intent, lang);
        };
    }

    // ---- questions the assistant asked

    private Optional<ChatAnswer> settlePending(Conversation c, String message, ChatLanguage lang, Optional<String> account) {
        switch (c.pending()) {
            case CONFIRM_CANCEL -> {
                String number = c.pendingOrder().orElse("");
                if (ChatWords.isYes(message) && account.isPresent()) {
                    c.settle();
                    return Optional.of(doCancel(account.get(), number, lang));
                }
                if (ChatWords.isNo(message)) {
                    c.settle();
                    return Optional.of(ChatAnswer.of(ReplyTexts.text(lang, "cancel_declined", number), CANCEL_ORDER));
                }
                c.settle();
                return Optional.empty();
            }
            case OFFER_MESSAGE -> {
                if (ChatWords.isYes(message)) {
                    c.await(Conversation.Pending.MESSAGE_TEXT, null, c.pendingQuestion().orElse(null));
                    return Optional.of(ChatAnswer.of(ReplyTexts.text(lang, "ask_message_text"), SELLER_MESSAGE));
                }
                if (ChatWords.isNo(message)) {
                    c.settle();
                    return Optional.of(ChatAnswer.of(ReplyTexts.text(lang, "message_declined"), SELLER_MESSAGE));
                }
                c.settle();
                return Optional.empty();
            }
            case MESSAGE_TEXT -> {
                if (ChatWords.isNo(message)) {
                    c.settle();
                    return Optional.of(ChatAnswer.of(ReplyTexts.text(lang, "message_declined"), SELLER_MESSAGE));
                }
                ChatAnswer left = leaveMessage(c, message, lang, account);
                c.settle();
                return Optional.of(left);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private ChatAnswer dontKnow(Conversation c, String message, ChatLanguage lang) {
        c.await(Conversation.Pending.OFFER_MESSAGE, null, message);
        return ChatAnswer.of(ReplyTexts.text(lang, "dont_know"), IntentCorpus.OUT_OF_SCOPE);
    }

    private ChatAnswer leaveMessage(Conversation c, String text, ChatLanguage lang, Optional<String> account) {
        Optional<Product> about = c.focusProductId().flatMap(shop::product);
        Optional<Seller> seller = about.flatMap(p -> shop.seller(p.sellerId()));
        String sellerId = about.map(Product::sellerId).orElse(SellerMessage.SHOP);
        SellerMessage m = new SellerMessage(sellerId, c.id(), account, about.map(p -> p.id().value()), lang,
                c.pendingQuestion().orElse(""), text, clock.instant());
        String to = seller.map(Seller::name).orElse(ReplyTexts.text(lang, "the_shop"));
        return new ChatAnswer(ReplyTexts.text(lang, "message_left", to), SELLER_MESSAGE, List.of(), Optional.of(m));
    }

    // ---- products

    private ChatAnswer aboutProduct(Conversation c, String intent, String words, ChatEntities e, Optional<Product> referenced,
                                    ChatLanguage lang) {
        List<Product> found = List.of();
        Optional<Product> product = referenced;
        if (product.isEmpty() && !words.isEmpty()) {
            // the colour in "the Nordika dress – Red" picks that variant; "the Nordika dress in blue" may have none
            ProductCriteria criteria = new ProductCriteria(words, Optional.empty(), e.colours().stream().findFirst(),
                    Optional.empty(), e.price(), Optional.of(intent));
            found = shop.search(criteria, lang, CARDS);
            if (found.isEmpty() && criteria.colour().isPresent()) {
                criteria = new ProductCriteria(words, Optional.empty(), Optional.empty(), Optional.empty(), e.price(), Optional.of(intent));
                found = shop.search(criteria, lang, CARDS);
            }
            product = found.stream().findFirst();
            if (!found.isEmpty()) {
                c.searched(criteria);
                c.show(ids(found));
            }
        }
        if (product.isEmpty()) {
            product = c.focusProductId().flatMap(shop::product);
        }
        if (product.isEmpty()) {
            String text = words.isEmpty() ? ReplyTexts.text(lang, "ask_product") : ReplyTexts.text(lang, "no_product", words);
            return ChatAnswer.of(text, intent);
        }
        Product p = product.get();
        c.focusOn(p.id().value());
        List<Product> cardProducts = found.isEmpty() ? List.of(p) : found;
        String name = p.name().in(lang.code());
        if (intent.equals(SIZES_COLOURS)) {
            Optional<ChatAnswer> variants = variants(c, p, e, lang);
            if (variants.isPresent()) {
                return variants.get();
            }
        }
        String text = switch (intent) {
            case PRICE -> ReplyTexts.text(lang, "price", name, ReplyTexts.money(p.price(), lang), others(found, lang));
            case AVAILABILITY -> ReplyTexts.text(lang, !p.inStock() ? "availability_out"
                    : p.stock() <= LOW_STOCK ? "availability_low" : "availability_in", name, p.stock());
            case SIZES_COLOURS -> describeVariants(p, lang);
            case SHIPPING -> deliveryText(p, lang);
            case SELLER_CONTACT -> {
                Optional<Seller> s = shop.seller(p.sellerId());
                yield ReplyTexts.text(lang, "seller", name, s.map(Seller::name).orElse(p.sellerId()),
                        s.map(Seller::country).filter(x -> x != null && !x.isBlank()).orElse("?"));
            }
            default -> productInfo(p, lang);
        };
        return ChatAnswer.of(text, intent, cards(cardProducts, lang));
    }

    private String others(List<Product> found, ChatLanguage lang) {
        if (found.size() < 2) {
            return "";
        }
        List<String> names = found.subList(1, found.size()).stream()
                .map(o -> o.name().in(lang.code()) + " " + ReplyTexts.money(o.price(), lang)).toList();
        return ReplyTexts.text(lang, "price_other", ReplyTexts.list(names, lang));
    }

    private String productInfo(Product p, ChatLanguage lang) {
        String stock = !p.inStock() ? ReplyTexts.text(lang, "stock_out")
                : p.stock() <= LOW_STOCK ? ReplyTexts.text(lang, "stock_low", p.stock()) : ReplyTexts.text(lang, "stock_in", p.stock());
        String rating = p.averageRating().map(r -> ReplyTexts.text(lang, "rating_some", ReplyTexts.decimal(r, lang), p.ratingCount()))
                .orElse(ReplyTexts.text(lang, "rating_none"));
        String seller = shop.seller(p.sellerId()).map(Seller::name).orElse(p.sellerId());
        String brand = p.brand().filter(b -> !p.name().in(lang.code()).contains(b))
                .map(b -> ReplyTexts.text(lang, "brand_by", b)).orElse("");
        return ReplyTexts.text(lang, "product_info", p.name().in(lang.code()), brand, ReplyTexts.money(p.price(), lang),
                stock, rating, seller);
    }

    private String deliveryText(Product p, ChatLanguage lang) {
        Optional<Seller> seller = shop.seller(p.sellerId());
        LocalDate today = LocalDate.now(clock.withZone(SHOP_ZONE));
        return delivery.estimate(p.stock(), seller.map(Seller::country).orElse(null), today)
                .map(w -> ReplyTexts.text(lang, "delivery", p.name().in(lang.code()), seller.map(Seller::name).orElse(p.sellerId()),
                        ReplyTexts.date(w.from(), lang), ReplyTexts.date(w.to(), lang)))
                .orElse(ReplyTexts.text(lang, "delivery_out", p.name().in(lang.code())));
    }

    /**
     * "Does it come in blue?": the same kind of product in a colour or size other than this product's. Empty when the
     * message names none (or only the product's own, as in "what colours does the Nordika dress – Red come in?").
     */
    private Optional<ChatAnswer> variants(Conversation c, Product p, ChatEntities e, ChatLanguage lang) {
        String own = productColour(p, ChatLanguage.EN);
        Optional<Colour> colour = e.colours().stream().filter(col -> !colourName(col, ChatLanguage.EN).equals(own)).findFirst();
        Optional<String> size = e.sizes().stream().filter(sz -> !p.attribute("size").map(sz::equalsIgnoreCase).orElse(false)).findFirst();
        if (colour.isEmpty() && size.isEmpty()) {
            return Optional.empty();
        }
        ProductCriteria criteria = new ProductCriteria(ChatWords.productWords(p.name().en()),
                Optional.of(p.category() + "/" + p.subCategory()), colour, size, Optional.empty(), Optional.of(SIZES_COLOURS));
        return Optional.of(listFor(c, criteria, lang, Optional.empty()));
    }

    private String describeVariants(Product p, ChatLanguage lang) {
        String colour = productColour(p, lang);
        String size = p.attribute("size").map(s -> ReplyTexts.text(lang, "variant_size", s)).orElse("");
        ProductCriteria sameKind = new ProductCriteria(ChatWords.productWords(p.name().en()),
                Optional.of(p.category() + "/" + p.subCategory()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(SIZES_COLOURS));
        Set<String> colours = new LinkedHashSet<>();
        for (Product o : shop.search(sameKind, lang, 20)) {
            String oc = productColour(o, lang);
            if (!oc.isEmpty() && !oc.equals(colour)) {
                colours.add(oc);
            }
        }
        String others = colours.isEmpty() ? "" : ReplyTexts.text(lang, "variant_others", ReplyTexts.list(List.copyOf(colours), lang));
        return ReplyTexts.text(lang, "variant_same", p.name().in(lang.code()), colour.isEmpty() ? "?" : colour, size) + others;
    }

    static String productColour(Product p, ChatLanguage lang) {
        Optional<String> raw = p.attribute("colour").or(() -> p.attribute("color"));
        if (raw.isEmpty()) {
            return "";
        }
        String folded = TextNormalizer.fold(raw.get());
        for (Colour c : Colour.values()) {
            if (c.names().contains(folded) || c.name().equalsIgnoreCase(folded)) {
                return colourName(c, lang);
            }
        }
        return raw.get();
    }

    static String colourName(Colour c, ChatLanguage lang) {
        return c.names().get(lang == ChatLanguage.FR && c.names().size() > 1 ? 1 : 0);
    }

    /** "And in blue?", "under 30 euros?": the last search again with what this message changes. */
    private ChatAnswer refine(Conversation c, ChatEntities e, ChatLanguage lang, Optional<String> account) {
        ProductCriteria last = c.lastSearch().orElseGet(() -> {
            Product p = c.focusProductId().flatMap(shop::product).orElseThrow();
            return new ProductCriteria(ChatWords.productWords(p.name().en()), Optional.of(p.category() + "/" + p.subCategory()),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(SIZES_COLOURS));
        });
        ProductCriteria refined = last.refinedBy(e);
        if (refined.intent().filter(RECOMMENDATION::equals).isPresent()) {
            return suggestions(c, refined, lang, account);
        }
        return listFor(c, refined, lang, Optional.empty());
    }

    private ChatAnswer listFor(Conversation c, ProductCriteria criteria, ChatLanguage lang, Optional<String> heading) {
        List<Product> found = shop.search(criteria, lang, CARDS);
        String filter = criteria.colour().map(col -> colourName(col, lang))
                .or(() -> criteria.size()).orElse(criteria.text());
        c.searched(criteria);
        if (found.isEmpty()) {
            return ChatAnswer.of(ReplyTexts.text(lang, "recommend_none", constraints(criteria, lang)), SIZES_COLOURS);
        }
        c.show(ids(found));
        String text = heading.orElse(ReplyTexts.text(lang, "variant_found", filter)) + " " + listing(found, lang);
        return ChatAnswer.of(text, criteria.intent().orElse(SIZES_COLOURS), cards(found, lang));
    }

    private ChatAnswer recommend(Conversation c, String message, String words, ChatEntities e, ChatLanguage lang,
                                 Optional<String> account) {
        ProductCriteria criteria = new ProductCriteria(words, shop.category(message, lang), e.colours().stream().findFirst(),
                e.sizes().stream().findFirst(), e.price(), Optional.of(RECOMMENDATION));
        return suggestions(c, criteria, lang, account);
    }

    private ChatAnswer suggestions(Conversation c, ProductCriteria criteria, ChatLanguage lang, Optional<String> account) {
        List<Product> found = shop.recommend(account, criteria, lang, SUGGESTIONS);
        c.searched(criteria);
        String constraints = constraints(criteria, lang);
        if (found.isEmpty()) {
            return ChatAnswer.of(ReplyTexts.text(lang, "recommend_none", constraints), RECOMMENDATION);
        }
        c.show(ids(found));
        String text = ReplyTexts.text(lang, "recommend_intro", found.size(), constraints) + " " + listing(found, lang);
        return ChatAnswer.of(text, RECOMMENDATION, cards(found, lang));
    }

    private static String constraints(ProductCriteria c, ChatLanguage lang) {
        StringBuilder s = new StringBuilder();
        c.colour().ifPresent(col -> s.append(ReplyTexts.text(lang, "in_colour", colourName(col, lang))));
        c.price().ifPresent(p -> {
            if (p.min().isPresent() && p.max().isPresent()) {
                s.append(ReplyTexts.text(lang, "between", euros(p.min().get(), lang), euros(p.max().get(), lang)));
            } else if (p.max().isPresent()) {
                s.append(ReplyTexts.text(lang, "under", euros(p.max().get(), lang)));
            } else {
                s.append(ReplyTexts.text(lang, "over", euros(p.min().get(), lang)));
            }
        });
        return s.toString();
    }

    private static String euros(BigDecimal amount, ChatLanguage lang) {
        return ReplyTexts.money(Money.of(amount, "EUR"), lang);
    }

    /** "1. Name, €29.99; 2. ..." so the shopper can say "the second one". */
    private static String listing(List<Product> products, ChatLanguage lang) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            items.add((i + 1) + ". " + p.name().in(lang.code()) + ", " + ReplyTexts.money(p.price(), lang));
        }
        return String.join("; ", items) + ".";
    }

    // ---- comparison

    private ChatAnswer compare(Conversation c, String message, Optional<Product> referenced, ChatLanguage lang) {
        List<Product> pair = new ArrayList<>();
        String folded = TextNormalizer.fold(message);
        List<String> parts = java.util.Arrays.stream(COMPARE_SPLIT.split(folded)).filter(p -> !ChatWords.productWords(p).isEmpty()).toList();
        if (parts.size() < 2) {
            parts = List.of(COMPARE_SPLIT_WEAK.split(folded));
        }
        for (String part : parts) {
            String words = ChatWords.productWords(part);
            if (!words.isEmpty()) {
                Optional<Colour> colour = extractor.extract(part).colours().stream().findFirst();
                ProductCriteria criteria = new ProductCriteria(words, Optional.empty(), colour, Optional.empty(), Optional.empty(),
                        Optional.of(COMPARE));
                List<Product> hit = shop.search(criteria, lang, 1);
                if (hit.isEmpty() && colour.isPresent()) {
                    hit = shop.search(ProductCriteria.text(words), lang, 1);
                }
                hit.stream().findFirst()
                        .filter(p -> pair.stream().noneMatch(q -> q.id().equals(p.id()))).ifPresent(pair::add);
            }
        }
        if (pair.size() < 2) {
            referenced.or(() -> c.focusProductId().flatMap(shop::product))
                    .filter(p -> pair.stream().noneMatch(q -> q.id().equals(p.id()))).ifPresent(p -> pair.add(0, p));
        }
        if (pair.size() < 2) {
            for (String id : c.shownProductIds()) {
                if (pair.size() >= 2) {
                    break;
                }
                shop.product(id).filter(p -> pair.stream().noneMatch(q -> q.id().equals(p.id()))).ifPresent(pair::add);
            }
        }
        if (pair.size() < 2) {
            return ChatAnswer.of(ReplyTexts.text(lang, "compare_need_two"), COMPARE);
        }
        List<Product> two = pair.subList(0, 2);
        Comparison table = shop.compare(two);
        Product a = two.get(0);
        Product b = two.get(1);
        String an = a.name().in(lang.code());
        String bn = b.name().in(lang.code());
        String text;
        if (a.price().cents() == b.price().cents()) {
            text = ReplyTexts.text(lang, "compare_same_price", ReplyTexts.money(a.price(), lang));
        } else {
            Product cheaper = table.cheapest().get(0).equals(a.id()) ? a : b;
            Product dearer = cheaper == a ? b : a;
            text = ReplyTexts.text(lang, "compare", an, ReplyTexts.money(a.price(), lang), bn, ReplyTexts.money(b.price(), lang),
                    cheaper.name().in(lang.code()),
                    ReplyTexts.money(new Money(dearer.price().cents() - cheaper.price().cents(), cheaper.price().currency()), lang),
                    "", "").strip();
        }
        String rated = table.bestRated().size() == 1
                ? ReplyTexts.text(lang, "compare_rated", table.bestRated().get(0).equals(a.id()) ? an : bn,
                ReplyTexts.decimal((table.bestRated().get(0).equals(a.id()) ? a : b).averageRating().orElse(0.0), lang))
                : table.bestRated().isEmpty() ? ReplyTexts.text(lang, "compare_unrated") : "";
        List<String> out = two.stream().filter(p -> !p.inStock()).map(p -> p.name().in(lang.code())).toList();
        String stock = out.isEmpty() ? ReplyTexts.text(lang, "compare_stock_ok")
                : ReplyTexts.text(lang, "compare_stock", ReplyTexts.list(out, lang));
        c.show(ids(two));
        return ChatAnswer.of((text + " " + rated + " " + stock).replaceAll("\\s+", " ").strip(), COMPARE, cards(two, lang));
    }

    // ---- orders

    private ChatAnswer orderStatus(ChatEntities e, ChatLanguage lang, Optional<String> account) {
        if (account.isEmpty()) {
            return ChatAnswer.of(ReplyTexts.text(lang, "login_needed"), ORDER_STATUS);
        }
        if (e.orderNumbers().isEmpty()) {
            List<Order> recent = shop.recentOrders(account.get(), 3);
            return ChatAnswer.of(recent.isEmpty() ? ReplyTexts.text(lang, "order_none")
                    : ReplyTexts.text(lang, "order_recent", orderList(recent, lang)), ORDER_STATUS);
        }
        String number = e.orderNumbers().get(0).value();
        return shop.order(account.get(), number)
                .map(o -> ChatAnswer.of(ReplyTexts.text(lang, "order_status", o.number(),
                        ReplyTexts.date(LocalDate.ofInstant(o.placedAt(), SHOP_ZONE), lang), ReplyTexts.money(o.total(), lang),
                        status(o.status(), lang), lines(o, lang)), ORDER_STATUS))
                .orElse(ChatAnswer.of(ReplyTexts.text(lang, "order_not_found", number), ORDER_STATUS));
    }

    private ChatAnswer cancel(Conversation c, ChatEntities e, ChatLanguage lang, Optional<String> account) {
        if (account.isEmpty()) {
            return ChatAnswer.of(ReplyTexts.text(lang, "login_needed"), CANCEL_ORDER);
        }
        if (e.orderNumbers().isEmpty()) {
            List<Order> recent = shop.recentOrders(account.get(), 3);
            return ChatAnswer.of(recent.isEmpty() ? ReplyTexts.text(lang, "order_none")
                    : ReplyTexts.text(lang, "cancel_ask_number", orderList(recent, lang)), CANCEL_ORDER);
        }
        String number = e.orderNumbers().get(0).value();
        Optional<Order> order = shop.order(account.get(), number);
        if (order.isEmpty()) {
            return ChatAnswer.of(ReplyTexts.text(lang, "order_not_found", number), CANCEL_ORDER);
        }
        Order o = order.get();
        if (!o.status().canMoveTo(OrderStatus.CANCELLED)) {
            return ChatAnswer.of(ReplyTexts.text(lang, "cancel_refused", number, status(o.status(), lang)), CANCEL_ORDER);
        }
        c.await(Conversation.Pending.CONFIRM_CANCEL, number, null);
        return ChatAnswer.of(ReplyTexts.text(lang, "cancel_confirm", number, ReplyTexts.money(o.total(), lang),
                status(o.status(), lang)), CANCEL_ORDER);
    }

    private ChatAnswer doCancel(String account, String number, ChatLanguage lang) {
        try {
            Order o = shop.cancel(account, number);
            return ChatAnswer.of(ReplyTexts.text(lang, "cancel_done", o.number(), ReplyTexts.money(o.total(), lang)), CANCEL_ORDER);
        } catch (IllegalStateException e) {
            // shipped between the question and the yes
            String status = shop.order(account, number).map(o -> status(o.status(), lang)).orElse("?");
            return ChatAnswer.of(ReplyTexts.text(lang, "cancel_refused", number, status), CANCEL_ORDER);
        }
    }

    private static String orderList(List<Order> orders, ChatLanguage lang) {
        return ReplyTexts.list(orders.stream().map(o -> ReplyTexts.text(lang, "order_line", o.number(), status(o.status(), lang))).toList(), lang);
    }

    private static String lines(Order o, ChatLanguage lang) {
        return ReplyTexts.list(o.lines().stream().map(l -> l.quantity() + " × " + l.name()).toList(), lang);
    }

    static String status(OrderStatus s, ChatLanguage lang) {
        return ReplyTexts.text(lang, "status." + s.name());
    }

    // ---- policies

    private ChatAnswer policy(Conversation c, String message, String intent, ChatLanguage lang) {
        Optional<FaqEntry> entry = shop.policy(message, intent, lang);
        if (entry.isEmpty()) {
            return dontKnow(c, message, lang);
        }
        String text = entry.get().answer();
        if (OFFER_MESSAGE_AFTER.contains(intent)) {
            c.await(Conversation.Pending.OFFER_MESSAGE, null, message);
            text = text + " " + ReplyTexts.text(lang, "offer_message");
        }
        return ChatAnswer.of(text, intent);
    }

    private static List<ProductCard> cards(List<Product> products, ChatLanguage lang) {
        return products.stream().limit(SUGGESTIONS).map(p -> ProductCard.of(p, lang)).toList();
    }

    private static List<String> ids(List<Product> products) {
        return products.stream().map(p -> p.id().value()).toList();
    }
}
