package io.vitrine.chat.answers;

import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.ChatWords;
import io.vitrine.chat.understanding.Colour;
import io.vitrine.chat.understanding.EntityExtractor;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.NamedProducts;
import io.vitrine.chat.understanding.ProductCriteria;
import io.vitrine.chat.understanding.TextNormalizer;
import io.vitrine.search.Comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Compare X and Y": the two products the message names (else the one picked or in focus, then the list shown),
 * which is cheaper and by how much, which is better rated, which is out of stock.
 */
record ComparisonAnswers(ChatShop shop) implements Answerer {

    /** What separates the two products of "compare X and Y" / "X et Y" / "X vs Y". */
    private static final Pattern COMPARE_SPLIT = Pattern.compile("\\b(?:and|et|vs|versus|or|ou|with|avec|contre|against)\\b|[,/&]");
    /**
     * "compare X to Y" / "comparer X à Y", only when nothing above separates them: "à" (folded to "a") is inside
     * many French product names ("Vernis à ongles", "Rouge à lèvres", "Sac à main").
     */
    private static final Pattern COMPARE_SPLIT_WEAK = Pattern.compile("\\b(?:to|a)\\b");

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();
    /** Search hits read for the names of "X vs Y". */
    private static final int CANDIDATES = 10;

    @Override
    public Set<Intent> intents() {
        return Set.of(Intent.COMPARE);
    }

    @Override
    public ChatAnswer answer(Question q, Conversation c) {
        ChatLanguage lang = q.lang();
        List<Product> both = named(q.message(), lang);
        if (both.size() == 2) {
            return compare(c, both, lang);
        }
        List<Product> pair = new ArrayList<>();
        String folded = TextNormalizer.fold(q.message());
        List<String> parts = Arrays.stream(COMPARE_SPLIT.split(folded)).filter(p -> !ChatWords.productWords(p).isEmpty()).toList();
        if (parts.size() < 2) {
            parts = List.of(COMPARE_SPLIT_WEAK.split(folded));
        }
        boolean unknown = false;
        for (String part : parts) {
            String words = ChatWords.productWords(part);
            if (!words.isEmpty()) {
                Optional<Colour> colour = EXTRACTOR.extract(part).colours().stream().findFirst();
                ProductCriteria criteria = new ProductCriteria(words, Optional.empty(), colour, Optional.empty(), Optional.empty(),
                        Optional.of(Intent.COMPARE));
                List<Product> hit = shop.search(criteria, lang, 1);
                if (hit.isEmpty() && colour.isPresent()) {
                    hit = shop.search(ProductCriteria.text(words), lang, 1);
                }
                Optional<Product> first = hit.stream().findFirst();
                if (q.setsAgainst() && first.filter(p -> ProductLists.namesAWordOf(p, words)).isEmpty()) {
                    // "is zara cheaper than you?": the typo-tolerant search finds something for any word, but a
                    // price set against a name the shop does not carry (most often another shop) is not a comparison
                    // the assistant can make
                    unknown = true;
                } else {
                    first.ifPresent(p -> addNew(pair, p));
                }
            }
        }
        if (unknown && pair.size() < 2) {
            return AssistantAnswers.dontKnow(c, q.message(), lang);
        }
        if (pair.size() < 2) {
            q.referenced().or(() -> c.focusProductId().flatMap(shop::product))
                    .filter(p -> !contains(pair, p)).ifPresent(p -> pair.add(0, p));
        }
        for (String id : c.shownProductIds()) {
            if (pair.size() >= 2) {
                break;
            }
            shop.product(id).ifPresent(p -> addNew(pair, p));
        }
        if (pair.size() < 2) {
            return ChatAnswer.of(ReplyTexts.text(lang, "compare_need_two"), Intent.COMPARE);
        }
        return compare(c, pair.subList(0, 2), lang);
    }

    /**
     * The two products the message names in full, if it does ("X vs Y" with two long names of one brand): the hits of
     * a search for the whole message and for each side of "and" / "vs" / "ou" are the candidates, and
     * {@link NamedProducts} reads which of them the message spells out.
     */
    List<Product> named(String message, ChatLanguage lang) {
        List<Product> candidates = new ArrayList<>(shop.search(ProductCriteria.text(ChatWords.productWords(message)), lang, CANDIDATES));
        for (String part : COMPARE_SPLIT.split(TextNormalizer.fold(message))) {
            String words = ChatWords.productWords(part);
            if (!words.isEmpty() && words.contains(" ")) {
                candidates.addAll(shop.search(ProductCriteria.text(words), lang, CANDIDATES / 2));
            }
        }
        return NamedProducts.in(message, candidates, lang, 2);
    }

    /** Whether the message sets two things against each other ("X or Y", "X vs Y"), whatever they name. */
    static boolean setsTwoApart(String message) {
        String folded = TextNormalizer.fold(message);
        for (Pattern split : List.of(COMPARE_SPLIT, COMPARE_SPLIT_WEAK)) {
            if (Arrays.stream(split.split(folded)).filter(p -> !ChatWords.productWords(p).isEmpty()).count() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The comparison of two products, which become the list shown ("which one is cheaper?"). */
    ChatAnswer compare(Conversation c, List<Product> two, ChatLanguage lang) {
        c.show(ProductLists.ids(two));
        return ChatAnswer.of(describe(two, shop.compare(two), lang), Intent.COMPARE, ProductLists.cards(two, lang));
    }

    private static String describe(List<Product> two, Comparison table, ChatLanguage lang) {
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
        return (text + " " + rated + " " + stock).replaceAll("\\s+", " ").strip();
    }

    private static void addNew(List<Product> pair, Product p) {
        if (!contains(pair, p)) {
            pair.add(p);
        }
    }

    private static boolean contains(List<Product> pair, Product p) {
        return pair.stream().anyMatch(q -> q.id().equals(p.id()));
    }
}
