package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.Seller;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.faq.FaqEntry;
import io.vitrine.chat.faq.FaqIndex;
import io.vitrine.chat.faq.FaqSeed;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.ProductCriteria;
import io.vitrine.chat.understanding.ProductNames;
import io.vitrine.chat.understanding.ProductTypes;
import io.vitrine.chat.understanding.TextNormalizer;
import io.vitrine.order.Order;
import io.vitrine.order.OrderStatus;
import io.vitrine.search.Comparison;
import io.vitrine.search.ProductComparison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ChatShop} over lists: a product matches when its name (either language) holds at least one of the words,
 * ranked by how many it holds, then in insertion order; filters as {@link LiveChatShop} applies them.
 */
final class InMemoryChatShop implements ChatShop {

    final Map<String, Product> products = new LinkedHashMap<>();
    final Map<String, Seller> sellers = new LinkedHashMap<>();
    final Map<String, Order> orders = new LinkedHashMap<>();
    final FaqIndex faq = FaqIndex.of(FaqSeed.load(Instant.EPOCH));

    InMemoryChatShop add(Product p) {
        products.put(p.id().value(), p);
        return this;
    }

    InMemoryChatShop add(Seller s) {
        sellers.put(s.id(), s);
        return this;
    }

    InMemoryChatShop add(Order o) {
        orders.put(o.number(), o);
        return this;
    }

    @Override
    public List<Product> search(ProductCriteria c, ChatLanguage lang, int n) {
        if (c.text().isEmpty() && c.category().isEmpty()) {
            return List.of();
        }
        List<String> words = c.text().isEmpty() ? List.of() : Arrays.asList(c.text().split(" "));
        List<Product> out = new ArrayList<>();
        Map<Product, Long> score = new LinkedHashMap<>();
        for (Product p : products.values()) {
            String name = TextNormalizer.fold(p.name().en() + " " + p.name().fr());
            long hits = words.stream().filter(name::contains).count();
            boolean inCategory = c.category().map(cat -> cat.equals(p.category()) || cat.equals(p.category() + "/" + p.subCategory()))
                    .orElse(true);
            if ((words.isEmpty() || hits > 0) && inCategory && LiveChatShop.fits(p, c)) {
                score.put(p, hits);
                out.add(p);
            }
        }
        out.sort(Comparator.comparing(score::get).reversed());
        return List.copyOf(out.subList(0, Math.min(n, out.size())));
    }

    @Override
    public ProductNames names() {
        return ProductNames.of(products.values());
    }

    @Override
    public Optional<Product> product(String productId) {
        return Optional.ofNullable(products.get(productId));
    }

    @Override
    public Optional<Seller> seller(String sellerId) {
        return Optional.ofNullable(sellers.get(sellerId));
    }

    @Override
    public Optional<ProductTypes.Mention> shelf(String text, ChatLanguage lang) {
        String folded = TextNormalizer.fold(text);
        return folded.contains("dress") || folded.contains("robe")
                ? Optional.of(new ProductTypes.Mention("fashion/dresses", List.of("dress", "robe"))) : Optional.empty();
    }

    @Override
    public List<Product> recommend(Optional<String> accountId, ProductCriteria criteria, ChatLanguage lang, int n) {
        ProductCriteria byShelf = criteria.category().isPresent()
                ? new ProductCriteria("", criteria.category(), criteria.colour(), criteria.size(), criteria.price(), criteria.intent())
                : criteria;
        return search(byShelf, lang, 100).stream().filter(Product::inStock).limit(n).toList();
    }

    @Override
    public Comparison compare(List<Product> two) {
        return new ProductComparison().compare(two);
    }

    @Override
    public Optional<Order> order(String accountId, String number) {
        return Optional.ofNullable(orders.get(number)).filter(o -> o.accountId().equals(accountId));
    }

    @Override
    public List<Order> recentOrders(String accountId, int n) {
        return orders.values().stream().filter(o -> o.accountId().equals(accountId))
                .sorted(Comparator.comparing(Order::placedAt).reversed()).limit(n).toList();
    }

    @Override
    public Order cancel(String accountId, String number) {
        Order cancelled = order(accountId, number).orElseThrow().moveTo(OrderStatus.CANCELLED, Instant.EPOCH);
        orders.put(number, cancelled);
        return cancelled;
    }

    @Override
    public Optional<FaqEntry> policy(String question, Intent intent, ChatLanguage lang) {
        return faq.best(question, intent.label(), lang);
    }
}
