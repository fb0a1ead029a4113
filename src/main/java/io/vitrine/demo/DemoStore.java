package io.vitrine.demo;

import io.vitrine.catalog.Category;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.Seller;
import io.vitrine.customer.Account;
import io.vitrine.events.Interaction;
import io.vitrine.order.Order;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A generated demo store, ready to persist. Events are sorted by time; each order line has a purchase event with
 * the same user, product, quantity and time. Demo log-ins: {@code shopper0001@demo.vitrine.io} ...,
 * {@code seller01@demo.vitrine.io} ... (one per seller) and {@code admin@demo.vitrine.io}.
 */
public record DemoStore(DemoSpec spec, List<Category> categories, List<Seller> sellers, List<Product> products,
                        List<Account> accounts, List<ShopperTaste> tastes, List<Interaction> events,
                        List<Order> orders, List<Bundle> bundles) {

    public static final String EMAIL_DOMAIN = "demo.vitrine.io";
    public static final String ADMIN_EMAIL = "admin@" + EMAIL_DOMAIN;

    public DemoStore {
        categories = List.copyOf(categories);
        sellers = List.copyOf(sellers);
        products = List.copyOf(products);
        accounts = List.copyOf(accounts);
        tastes = List.copyOf(tastes);
        // the generator's events are an immutable view that builds each event when read: copying would build them all
        events = events instanceof DemoStoreGenerator.GeneratedEvents ? events : List.copyOf(events);
        orders = List.copyOf(orders);
        bundles = List.copyOf(bundles);
    }

    /** {@code shopper0001@demo.vitrine.io} for n = 1. */
    public static String shopperEmail(int n) {
        return String.format(Locale.ROOT, "shopper%04d@%s", n, EMAIL_DOMAIN);
    }

    /** {@code seller01@demo.vitrine.io} for n = 1. */
    public static String sellerEmail(int n) {
        return String.format(Locale.ROOT, "seller%02d@%s", n, EMAIL_DOMAIN);
    }

    /** What a demo shopper likes; kept so recommenders can be checked against the tastes that made the data. */
    public record ShopperTaste(String accountId, List<String> favouriteSubCategories, double priceSensitivity,
                               String colour, String language) {
        public ShopperTaste {
            favouriteSubCategories = List.copyOf(favouriteSubCategories);
        }
    }

    /** Two products often bought together (a phone and its case, sneakers and socks). */
    public record Bundle(String productId, String partnerId) {
    }

    /** When the generated history starts. */
    public Instant since() {
        return spec.now().minus(Duration.ofDays(spec.days()));
    }
}
