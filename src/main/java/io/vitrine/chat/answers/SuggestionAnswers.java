package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.ChatEntities;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.ProductCriteria;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Discovery: suggestions for the shopper that respect the category, colour, size and price the message names, and
 * follow-ups that change one of them ("and in blue?", "under 30 euros?").
 */
final class SuggestionAnswers implements Answerer {

    private final ChatShop shop;
    private final ProductLists lists;

    SuggestionAnswers(ChatShop shop, ProductLists lists) {
        this.shop = shop;
        this.lists = lists;
    }

    @Override
    public Set<Intent> intents() {
        return Set.of(Intent.RECOMMENDATION);
    }

    @Override
    public ChatAnswer answer(Question q, Conversation c) {
        ChatEntities e = q.entities();
        ProductCriteria criteria = new ProductCriteria(q.productWords(), shop.category(q.message(), q.lang()),
                e.colours().stream().findFirst(), e.sizes().stream().findFirst(), e.price(), Optional.of(Intent.RECOMMENDATION));
        return suggestions(c, criteria, q.lang(), q.account());
    }

    /** "And in blue?", "under 30 euros?": the last search (or the product in focus) again with what this message changes. */
    ChatAnswer refine(Conversation c, ChatEntities e, ChatLanguage lang, Optional<String> account) {
        ProductCriteria last = c.lastSearch().orElseGet(() -> ProductLists.sameKind(
                c.focusProductId().flatMap(shop::product).orElseThrow(), Optional.empty(), Optional.empty()));
        ProductCriteria refined = last.refinedBy(e);
        if (refined.intent().filter(Intent.RECOMMENDATION::equals).isPresent()) {
            return suggestions(c, refined, lang, account);
        }
        return lists.listFor(c, refined, lang);
    }

    private ChatAnswer suggestions(Conversation c, ProductCriteria criteria, ChatLanguage lang, Optional<String> account) {
        List<Product> found = shop.recommend(account, criteria, lang, ProductLists.SUGGESTIONS);
        c.searched(criteria);
        String constraints = ProductLists.constraints(criteria, lang);
        if (found.isEmpty()) {
            return ChatAnswer.of(ReplyTexts.text(lang, "recommend_none", constraints), Intent.RECOMMENDATION);
        }
        c.show(ProductLists.ids(found));
        String text = ReplyTexts.text(lang, "recommend_intro", found.size(), constraints) + " " + ProductLists.listing(found, lang);
        return ChatAnswer.of(text, Intent.RECOMMENDATION, ProductLists.cards(found, lang));
    }
}
