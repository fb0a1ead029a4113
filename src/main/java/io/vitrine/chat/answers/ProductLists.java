package io.vitrine.chat.answers;

import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.ProductCard;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.ChatWords;
import io.vitrine.chat.understanding.Colour;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.ProductCriteria;
import io.vitrine.chat.understanding.TextNormalizer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What several answerers show the same way: a numbered list of products with their cards, the filters of a search
 * in words ("in red under €60.00"), a product's colour. Shared, so a list reads the same whoever shows it.
 */
final class ProductLists {

    static final int CARDS = 3;
    static final int SUGGESTIONS = 4;

    private final ChatShop shop;

    ProductLists(ChatShop shop) {
        this.shop = shop;
    }

    /** The products a search finds, listed and remembered as shown ("the second one"). */
    ChatAnswer listFor(Conversation c, ProductCriteria criteria, ChatLanguage lang) {
        List<Product> found = shop.search(criteria, lang, CARDS);
        String filter = criteria.colour().map(col -> col.in(lang)).or(criteria::size).orElse(criteria.text());
        c.searched(criteria);
        if (found.isEmpty()) {
            return ChatAnswer.of(ReplyTexts.text(lang, "recommend_none", constraints(criteria, lang)), Intent.SIZES_COLOURS);
        }
        c.show(ids(found));
        String text = ReplyTexts.text(lang, "variant_found", filter) + " " + listing(found, lang);
        return ChatAnswer.of(text, criteria.intent().orElse(Intent.SIZES_COLOURS), cards(found, lang));
    }

    /** The same kind of product as {@code p} (its name's words, its sub-category), for a colour or size question. */
    static ProductCriteria sameKind(Product p, Optional<Colour> colour, Optional<String> size) {
        return new ProductCriteria(ChatWords.productWords(p.name().en()), Optional.of(p.category() + "/" + p.subCategory()),
                colour, size, Optional.empty(), Optional.of(Intent.SIZES_COLOURS));
    }

    /** A product's colour attribute named in the language when it is a known colour, as written otherwise. */
    static String productColour(Product p, ChatLanguage lang) {
        Optional<String> raw = p.attribute("colour").or(() -> p.attribute("color"));
        if (raw.isEmpty()) {
            return "";
        }
        String folded = TextNormalizer.fold(raw.get());
        for (Colour c : Colour.values()) {
            if (c.names().contains(folded) || c.name().equalsIgnoreCase(folded)) {
                return c.in(lang);
            }
        }
        return raw.get();
    }

    /** " in red under €60.00": the search's colour and price in words. */
    static String constraints(ProductCriteria c, ChatLanguage lang) {
        StringBuilder s = new StringBuilder();
        c.colour().ifPresent(col -> s.append(ReplyTexts.text(lang, "in_colour", col.in(lang))));
        c.price().ifPresent(p -> {
            if (p.min().isPresent() && p.max().isPresent() && p.min().get().compareTo(p.max().get()) == 0) {
                s.append(ReplyTexts.text(lang, "at_price", euros(p.max().get(), lang)));
            } else if (p.min().isPresent() && p.max().isPresent()) {
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
    static String listing(List<Product> products, ChatLanguage lang) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            items.add((i + 1) + ". " + p.name().in(lang.code()) + ", " + ReplyTexts.money(p.price(), lang));
        }
        return String.join("; ", items) + ".";
    }

    static List<ProductCard> cards(List<Product> products, ChatLanguage lang) {
        return products.stream().limit(SUGGESTIONS).map(p -> ProductCard.of(p, lang)).toList();
    }

    /** Whether the product's name (either language) holds one of {@code words} (space-separated) as a whole word. */
    static boolean namesAWordOf(Product p, String words) {
        List<String> name = List.of(TextNormalizer.tokens(p.name().en() + " " + p.name().fr()));
        return Arrays.stream(words.split(" ")).anyMatch(name::contains);
    }

    /**
     * Whether the product's name or description (either language) holds a word of {@code words} (space-separated),
     * as typed or one typo away ("sneekers"): the search is more tolerant than that ("tents" finds "teint", "tentes"
     * finds "tennis"), and a hit that holds none of the shopper's words is a product the shop does not carry.
     */
    static boolean mentionsNearly(Product p, String words) {
        java.util.Set<String> text = new java.util.HashSet<>(List.of(TextNormalizer.tokens(p.name().en() + " " + p.name().fr()
                + " " + p.description().en() + " " + p.description().fr())));
        return Arrays.stream(words.split(" ")).filter(w -> !w.isEmpty()).anyMatch(w -> text.contains(w)
                || w.length() >= NEAR_MIN && text.stream().anyMatch(t -> io.vitrine.chat.understanding.ProductTypes.oneEdit(w, t)));
    }

    /** Shorter words must be typed as the product spells them: one edit turns "tent" into "test" or "tend". */
    private static final int NEAR_MIN = 5;

    static List<String> ids(List<Product> products) {
        return products.stream().map(p -> p.id().value()).toList();
    }
}
