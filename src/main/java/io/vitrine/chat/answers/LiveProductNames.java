package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.chat.understanding.ProductNames;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link ProductNames} kept in step with the catalogue: built on first use, and again only when a product written
 * since has a name the index does not hold. A stock, price or rating change (most writes) leaves it as it is; a
 * deleted product's words stay until the next build, which only costs the search the index lets through.
 */
final class LiveProductNames {

    private final Supplier<List<Product>> all;
    private final Function<List<ProductId>, List<Product>> byIds;
    /** Products written since {@link #names} was built: their names are checked before it answers again. */
    private final Set<ProductId> written = ConcurrentHashMap.newKeySet();
    private volatile ProductNames names;

    /**
     * @param all   every product of the catalogue
     * @param byIds the products of these ids that still exist
     */
    LiveProductNames(Supplier<List<Product>> all, Function<List<ProductId>, List<Product>> byIds) {
        this.all = all;
        this.byIds = byIds;
    }

    /** Notes products created, changed or deleted (from the catalogue's change events). */
    void written(Collection<ProductId> ids) {
        written.addAll(ids);
    }

    ProductNames current() {
        ProductNames n = names;
        if (n != null && written.isEmpty()) {
            return n;
        }
        synchronized (this) {
            List<ProductId> ids = List.copyOf(written);
            written.removeAll(ids);
            ProductNames before = names;
            if (before == null || byIds.apply(ids).stream().anyMatch(p -> !before.holds(p))) {
                names = ProductNames.of(all.get());
            }
            return names;
        }
    }
}
