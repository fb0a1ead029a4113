package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.Seller;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.faq.FaqEntry;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.ProductCriteria;
import io.vitrine.chat.understanding.ProductNames;
import io.vitrine.chat.understanding.ProductTypes;
import io.vitrine.order.Order;
import io.vitrine.search.Comparison;

import java.util.List;
import java.util.Optional;

/**
 * Everything the assistant reads or does in the shop, in one narrow port: {@link LiveChatShop} goes to the search,
 * catalogue, recommendation and order services; the unit tests use an in-memory double with hand-checked facts.
 */
public interface ChatShop {

    /** Products matching the criteria (typos tolerated), best first; empty when the criteria name nothing. */
    List<Product> search(ProductCriteria criteria, ChatLanguage lang, int n);

    /**
     * The words of the products' names, to tell without a search that a message cannot name a product
     * ({@link ProductNames#unknown()} while they are not known: every search is made).
     */
    ProductNames names();

    Optional<Product> product(String productId);

    Optional<Seller> seller(String sellerId);

    /**
     * The shelf the message asks for: a category ({@code "fashion"}) or sub-category ({@code "fashion/dresses"}),
     * with the words that name it.
     */
    Optional<ProductTypes.Mention> shelf(String text, ChatLanguage lang);

    /** Recommendations for the shopper (or popular items) that respect the criteria's category, colour, size and price. */
    List<Product> recommend(Optional<String> accountId, ProductCriteria criteria, ChatLanguage lang, int n);

    /** The comparison table of 2 to 4 products. */
    Comparison compare(List<Product> products);

    /** The order if it exists and belongs to the account; empty otherwise (never says whose it is). */
    Optional<Order> order(String accountId, String number);

    /** The account's latest orders, newest first. */
    List<Order> recentOrders(String accountId, int n);

    /** Cancels the account's order; {@link IllegalStateException} when its status no longer allows it. */
    Order cancel(String accountId, String number);

    /** The best FAQ / policy entry for the question (BM25), preferring the predicted intent's topic. */
    Optional<FaqEntry> policy(String question, Intent intent, ChatLanguage lang);
}
