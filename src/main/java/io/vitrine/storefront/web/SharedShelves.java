package io.vitrine.storefront.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Product;
import io.vitrine.platform.metrics.ShopMetrics;
import io.vitrine.recommend.RecommendationService;
import io.vitrine.recommend.Recommendations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The shelves every shopper sees alike (trending, popular), ranked once and shared by every page view instead of
 * once a view: a ranked list is kept per live model version, catalogue version and language, and for at most
 * {@link #FRESH} (the recommender's own catalogue follows product changes in the background, and merchandising rules
 * change without a catalogue version: a second bounds how long either can lag). The cards are made on every view from
 * the catalogue read model's products of the moment, so what a card says (stock, price, name, rating) is always the
 * read model's, and a product out of stock since the list was ranked is left out at once.
 * <p>
 * Nothing of a shopper is kept here: the "for you" shelves, recently viewed products and anything an experiment routes
 * per shopper are made for each view.
 */
@ApplicationScoped
public class SharedShelves {

    static final Duration FRESH = Duration.ofSeconds(1);

    @Inject
    RecommendationService recommendations;
    @Inject
    CatalogService catalog;
    @Inject
    ShopMetrics metrics = ShopMetrics.NONE;

    private final Cache<Key, Recommendations> ranked;

    /** One ranked list: its kind and length, and the versions and language it was ranked for. */
    record Key(String kind, int n, String language, long model, long catalogue) {
    }

    public SharedShelves() {
        this(Ticker.systemTicker());
    }

    /** With a clock of the test's. */
    SharedShelves(Ticker ticker) {
        ranked = Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(1_000).ticker(ticker).build();
    }

    /** Items trending this week, as cards in {@code language}; {@code ModelNotReadyException} before the first model. */
    public List<Card> trending(int n, String language) {
        return cardsOf(shared("trending", n, language, () -> recommendations.trending(n, language)), language);
    }

    /** The shop's most popular items, as cards in {@code language}. */
    public List<Card> popular(int n, String language) {
        return cardsOf(shared("popular", n, language,
                () -> recommendations.popular(n, Optional.empty(), Optional.empty(), language)), language);
    }

    private Recommendations shared(String kind, int n, String language, Supplier<Recommendations> rank) {
        return shared(kind, n, language, recommendations.model().version(), catalog.catalogueVersion(), rank);
    }

    /**
     * The list kept for these versions, or {@code rank}'s, kept when it was ranked by model {@code model} (a model
     * put live meanwhile has a key of its own). Before the catalogue's first load nothing is kept.
     */
    Recommendations shared(String kind, int n, String language, long model, OptionalLong catalogue,
                           Supplier<Recommendations> rank) {
        if (catalogue.isEmpty()) {
            return rank.get();
        }
        Key key = new Key(kind, n, language, model, catalogue.getAsLong());
        Recommendations kept = ranked.getIfPresent(key);
        if (kept != null) {
            metrics.listServed(kind, kept.modelVersion()); // served again: counted as the service counts a list
            return kept;
        }
        Recommendations fresh = rank.get();
        if (fresh.modelVersion() == model) {
            ranked.put(key, fresh);
        }
        return fresh;
    }

    /** The list's products as the read model holds them now, those still in stock, with the list's reasons. */
    List<Card> cardsOf(Recommendations list, String language) {
        return Card.of(Card.stored(catalog, list).stream().filter(Product::inStock).toList(), list, language);
    }
}
