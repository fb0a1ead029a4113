package io.vitrine.catalog.web;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The category menu shown on every page. The tree changes rarely, so it is read at most once a minute instead of
 * on every page view.
 */
@Named("menu")
@ApplicationScoped
public class CategoryMenu {

    private static final long TTL_MS = 60_000;

    @Inject
    CatalogService catalog;

    private volatile List<Category> cached = List.of();
    private volatile long loadedAt;

    public List<Category> getCategories() {
        long now = System.currentTimeMillis();
        if (cached.isEmpty() || now - loadedAt > TTL_MS) {
            cached = List.copyOf(catalog.categories());
            loadedAt = now;
        }
        return cached;
    }
}
