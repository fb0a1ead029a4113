package io.vitrine.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The category tree as pages show it. The tree changes rarely, so it is read at most once a minute instead of on
 * every page view; the menu, the home page and the comparison table share this one copy. An import batch may have
 * added categories: the copy is read again after each, so the new shelves can be merchandised at once.
 */
@ApplicationScoped
public class CachedCategories {

    private static final long TTL_MS = 60_000;

    @Inject
    CatalogService catalog;

    private volatile List<Category> cached = List.of();
    private volatile long loadedAt;

    public List<Category> list() {
        long now = System.currentTimeMillis();
        if (cached.isEmpty() || now - loadedAt > TTL_MS) {
            cached = List.copyOf(catalog.categories());
            loadedAt = now;
        }
        return cached;
    }

    void onImportBatch(@Observes ProductsChanged batch) {
        cached = List.of();
    }
}
