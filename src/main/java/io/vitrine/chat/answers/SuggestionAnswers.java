package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.ChatEntities;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.PriceRange;
import io.vitrine.chat.understanding.ProductCriteria;
import io.vitrine.chat.understanding.ProductTypes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Discovery: suggestions from the shelf the message names (or the words it uses), within its colour, size and
 * budget; and follow-ups that change one of them ("and in blue?", "max 80", "something cheaper?").
 */
record SuggestionAnswers(ChatShop shop, ProductLists lists) implements Answerer {

    @Override
    public Set<Intent> intents() {
        return Set.of(Intent.RECOMMENDATION);
    }

    @Override
    public ChatAnswer answer(Question q, Conversation c) {
        return discover(c, q.productWords(), shop.shelf(q.message(), q.lang()).map(ProductTypes.Mention::path), q.entities(),
                q.lang(), q.account());
    }

    /**
     * Suggestions for a shelf ("running shoes" -> sneakers): the shelf alone decides what is shown, the other words
     * ("for the gym", "for my mum") would only filter good suggestions out; without a shelf, the words are searched.
     */
    ChatAnswer discover(Conversation c, String words, Optional<String> shelf, ChatEntities e,
                        ChatLanguage lang, Optional<String> account) {
        ProductCriteria criteria = new ProductCriteria(shelf.isPresent() ? "" : words, shelf, e.colours().stream().findFirst(),
                e.sizes().stream().findFirst(), e.price(), Optional.of(Intent.RECOMMENDATION));
        return suggestions(c, criteria, lang, account);
    }

    /**
     * The last search (or the product in focus) again with what this message changes; {@code cheaperThan}: below
     * that product's price ("something cheaper?" after a list).
     */
    ChatAnswer refine(Conversation c, ChatEntities e, Optional<Product> cheaperThan, ChatLanguage lang, Optional<String> account) {
        ProductCriteria last = c.lastSearch().orElseGet(() -> ProductLists.sameKind(
                c.focusProductId().flatMap(shop::product).orElseThrow(), Optional.empty(), Optional.empty()));
        ProductCriteria refined = last.refinedBy(e);
        if (cheaperThan.isPresent()) {
            BigDecimal below = cheaperThan.get().price().amount().subtract(new BigDecimal("0.01"));
            Optional<BigDecimal> min = refined.price().flatMap(PriceRange::min).filter(m -> m.compareTo(below) <= 0);
            refined = refined.withPrice(new PriceRange(min, Optional.of(below)));
        }
        if (refined.intent().filter(Intent.RECOMMENDATION::equals).isPresent()) {
            return suggestions(c, refined, lang, account);
        }
        return lists.listFor(c, refined, lang);
    }

    private ChatAnswer suggestions(Conversation c, ProductCriteria criteria, ChatLanguage lang, Optional<String> account) {
        List<Product> found = shop.recommend(account, criteria, lang, ProductLists.SUGGESTIONS);
        String notInSize = "";
        if (found.isEmpty() && criteria.size().isPresent()) {
            // each product comes in one size: "white t-shirt size M" with no white one in M shows the white ones,
            // and says so, rather than "nothing in white"
            ProductCriteria anySize = criteria.withoutSize();
            found = shop.recommend(account, anySize, lang, ProductLists.SUGGESTIONS);
            if (!found.isEmpty()) {
                notInSize = ReplyTexts.text(lang, "none_in_size", criteria.size().get()) + " ";
                criteria = anySize;
            }
        }
        String words = criteria.text();
        if (criteria.category().isEmpty() && !words.isEmpty() && !found.isEmpty()
                && found.stream().noneMatch(p -> ProductLists.mentionsNearly(p, words))) {
            // no shelf, and no hit holds a word of the message: "vous vendez des tentes ?" is not a tennis racket
            return ChatAnswer.of(ReplyTexts.text(lang, "no_product", words), Intent.RECOMMENDATION);
        }
        c.searched(criteria);
        String constraints = ProductLists.constraints(criteria, lang);
        if (found.isEmpty()) {
            return ChatAnswer.of(ReplyTexts.text(lang, "recommend_none", constraints), Intent.RECOMMENDATION);
        }
        c.show(ProductLists.ids(found));
        String intro = notInSize + (found.size() == 1 ? ReplyTexts.text(lang, "recommend_intro_one", constraints)
                : ReplyTexts.text(lang, "recommend_intro", found.size(), constraints));
        return ChatAnswer.of(intro + " " + ProductLists.listing(found, lang), Intent.RECOMMENDATION, ProductLists.cards(found, lang));
    }
}
