package io.vitrine.storefront.web;

import io.vitrine.catalog.CachedCategories;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductQuery;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.customer.Shopper;
import io.vitrine.recommend.ListRouting;
import io.vitrine.recommend.ModelNotReadyException;
import io.vitrine.recommend.RecommendationService;
import io.vitrine.recommend.Recommendations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The home page: recommendations for this shopper in the categories they care about (the first categories of the
 * shop for a first visit), what is trending, the most popular products and what they saw lately. Until the first
 * model is trained (a minute after start-up) it shows the newest products instead of failing.
 */
@Named("home")
@RequestScoped
public class HomeView {

    static final int ROW = 6;
    static final int CATEGORY_ROWS = 3;

    @Inject
    CatalogService catalog;
    @Inject
    RecommendationService recommendations;
    @Inject
    CachedCategories categories;
    @Inject
    Shopper shopper;
    @Inject
    LanguageBean language;
    @Inject
    SharedShelves shared;

    private final List<Shelf> shelves = new ArrayList<>();
    private boolean modelReady = true;

    public void load() {
        String lang = language.getCode();
        List<Product> recent = catalog.getAll(shopper.recentlyViewed().stream().map(ProductId::new).toList());
        try {
            for (Category c : categoriesFor(recent)) {
                // this shopper's own lists: made for this view alone, never shared
                Recommendations r = recommendations.forUser(ListRouting.HOME, shopper.getId(), ROW, Optional.of(c.id()), Optional.empty(), lang);
                add(language.text("home.forYouIn") + " " + c.name().in(lang), r.source("recommendation:for-you"), Card.of(catalog, r, lang));
            }
            add(language.text("home.trending"), "recommendation:trending", shared.trending(ROW, lang));
            add(language.text("home.popular"), "recommendation:popular", shared.popular(ROW, lang));
        } catch (ModelNotReadyException e) {
            modelReady = false;
            shelves.clear();
            shelves.add(new Shelf(language.text("home.newest"), "home:newest",
                    Card.plain(catalog.list(ProductQuery.all(0, 2 * ROW)).items(), lang)));
        }
        if (!recent.isEmpty()) {
            shelves.add(new Shelf(language.text("home.recent"), "home:recent",
                    Card.plain(recent.subList(0, Math.min(ROW, recent.size())), lang)));
        }
    }

    /** The categories of the products seen lately come first; the shop's first categories fill up a first visit. */
    private List<Category> categoriesFor(List<Product> recent) {
        Map<String, Category> byId = new LinkedHashMap<>();
        categories.list().forEach(c -> byId.put(c.id(), c));
        Set<String> chosen = new LinkedHashSet<>();
        recent.forEach(p -> chosen.add(p.category()));
        chosen.addAll(byId.keySet());
        return chosen.stream().filter(byId::containsKey).limit(CATEGORY_ROWS).map(byId::get).toList();
    }

    private void add(String title, String source, List<Card> row) {
        if (!row.isEmpty()) {
            shelves.add(new Shelf(title, source, row));
        }
    }

    public List<Shelf> getShelves() {
        return shelves;
    }

    public boolean isModelReady() {
        return modelReady;
    }
}
