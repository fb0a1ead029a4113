package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.Seller;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.ProductTypes;
import io.vitrine.chat.understanding.TextNormalizer;
import io.vitrine.chat.understanding.ChatEntities;
import io.vitrine.chat.understanding.ChatWords;
import io.vitrine.chat.understanding.Colour;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.ProductCriteria;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about one product: what it is, its price, stock, colours and sizes, delivery date and seller. The
 * product is the one the message names, else the one picked from the list shown, else the one in focus. Delivery
 * and seller questions that name no product are policy questions ("how much is delivery?").
 */
record ProductAnswers(ChatShop shop, ProductLists lists, PolicyAnswers policies, DeliveryPolicy delivery, Clock clock)
        implements Answerer {

    private static final int LOW_STOCK = 5;

    @Override
    public Set<Intent> intents() {
        return Set.of(Intent.PRODUCT_INFO, Intent.PRICE, Intent.AVAILABILITY, Intent.SIZES_COLOURS, Intent.SHIPPING,
                Intent.SELLER_CONTACT);
    }

    @Override
    public ChatAnswer answer(Question q, Conversation c) {
        Intent intent = q.intent();
        if ((intent == Intent.SHIPPING || intent == Intent.SELLER_CONTACT) && q.productWords().isEmpty() && q.referenced().isEmpty()) {
            return policies.answer(q, c);
        }
        ChatLanguage lang = q.lang();
        ChatEntities e = q.entities();
        String words = q.productWords();
        List<Product> found = List.of();
        Optional<Product> product = q.referenced();
        if (product.isEmpty() && !words.isEmpty()) {
            // the colour in "the Nordika dress – Red" picks that variant; "the Nordika dress in blue" may have none
            ProductCriteria criteria = new ProductCriteria(words, Optional.empty(), e.colours().stream().findFirst(),
                    Optional.empty(), e.price(), Optional.of(intent));
            found = shop.search(criteria, lang, ProductLists.CARDS);
            if (found.isEmpty() && criteria.colour().isPresent()) {
                criteria = new ProductCriteria(words, Optional.empty(), Optional.empty(), Optional.empty(), e.price(), Optional.of(intent));
                found = shop.search(criteria, lang, ProductLists.CARDS);
            }
            if (q.setsAgainst() ? found.stream().noneMatch(p -> ProductLists.namesAWordOf(p, words))
                    : found.stream().noneMatch(p -> ProductLists.mentionsNearly(p, words) || onShelf(p, q))) {
                // the typo-tolerant search reads "darty" as "art déco": a comparison needs its product really named,
                // any other question a product that holds one of its words ("do you sell tents?" is not "teint")
                found = List.of();
            }
            product = found.stream().findFirst();
            if (!found.isEmpty()) {
                c.searched(criteria);
                c.show(ProductLists.ids(found));
            }
        }
        if (product.isEmpty()) {
            product = c.focusProductId().flatMap(shop::product);
        }
        if (product.isEmpty() && !words.isEmpty() && q.setsAgainst()) {
            // "is zara cheaper?", "c'est moins cher sur amazon ?": set against something the shop does not sell, most
            // often another shop; the assistant cannot speak for it, so it says so and offers the hand-over
            return AssistantAnswers.dontKnow(c, q.message(), lang);
        }
        if (product.isEmpty()) {
            String text = words.isEmpty() ? ReplyTexts.text(lang, "ask_product") : ReplyTexts.text(lang, "no_product", words);
            return ChatAnswer.of(text, intent);
        }
        Product p = product.get();
        c.focusOn(p.id().value());
        List<Product> cardProducts = found.isEmpty() ? List.of(p) : found;
        String name = p.name().in(lang.code());
        if (intent == Intent.SIZES_COLOURS) {
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
            default -> ChatWords.asksRating(q.message()) ? rating(p, lang) : productInfo(p, lang);
        };
        return ChatAnswer.of(text, intent, ProductLists.cards(cardProducts, lang));
    }

    /** Whether the product is on the shelf the message names ("how much are your trainers?": a sneaker). */
    private boolean onShelf(Product p, Question q) {
        return shop.shelf(q.message(), q.lang()).map(ProductTypes.Mention::path)
                .filter(path -> path.equals(p.category()) || path.equals(p.category() + "/" + p.subCategory())).isPresent();
    }

    private String others(List<Product> found, ChatLanguage lang) {
        if (found.size() < 2) {
            return "";
        }
        List<String> names = found.subList(1, found.size()).stream()
                .map(o -> o.name().in(lang.code()) + " " + ReplyTexts.money(o.price(), lang)).toList();
        return ReplyTexts.text(lang, "price_other", ReplyTexts.list(names, lang));
    }

    /** "Arlen Wallet is rated 4.3/5 by 12 shoppers." */
    private static String rating(Product p, ChatLanguage lang) {
        String name = p.name().in(lang.code());
        return p.averageRating().map(r -> ReplyTexts.text(lang, "rating", name, ReplyTexts.decimal(r, lang), p.ratingCount()))
                .orElse(ReplyTexts.text(lang, "rating_unrated", name));
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
        LocalDate today = LocalDate.now(clock.withZone(Answers.SHOP_ZONE));
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
        String own = ProductLists.productColour(p, ChatLanguage.EN);
        // a colour word inside the product's own name or colour ("... – Sky Blue") names this product, not a variant
        String ownWords = " " + TextNormalizer.fold(p.name().en() + " " + own).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        Optional<Colour> colour = e.colours().stream().filter(col -> !col.in(ChatLanguage.EN).equals(own)
                && !ownWords.contains(" " + TextNormalizer.fold(col.in(ChatLanguage.EN)) + " ")).findFirst();
        Optional<String> size = e.sizes().stream().filter(sz -> !p.attribute("size").map(sz::equalsIgnoreCase).orElse(false)).findFirst();
        if (colour.isEmpty() && size.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(lists.listFor(c, ProductLists.sameKind(p, colour, size), lang));
    }

    private String describeVariants(Product p, ChatLanguage lang) {
        String colour = ProductLists.productColour(p, lang);
        String size = p.attribute("size").map(s -> ReplyTexts.text(lang, "variant_size", s)).orElse("");
        Set<String> colours = new LinkedHashSet<>();
        for (Product o : shop.search(ProductLists.sameKind(p, Optional.empty(), Optional.empty()), lang, 20)) {
            String oc = ProductLists.productColour(o, lang);
            if (!oc.isEmpty() && !oc.equals(colour)) {
                colours.add(oc);
            }
        }
        String others = colours.isEmpty() ? "" : ReplyTexts.text(lang, "variant_others", ReplyTexts.list(List.copyOf(colours), lang));
        return ReplyTexts.text(lang, "variant_same", p.name().in(lang.code()), colour.isEmpty() ? "?" : colour, size) + others;
    }
}
