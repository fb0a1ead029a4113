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
import java.util.stream.Collectors;

/**
 * {@link ProductNames} kept in step with the catalogue: built from the whole catalogue once, on first use; after that
 * the products written since (the catalogue's change events) are read and applied to it ({@link ProductNames#with}),
 * which costs their own words: a stock, price or rating change (most writes) leaves it as it is, a new, renamed or
 * deleted product changes only its own entries. The message that finds writes waiting applies them before it reads.
 */
final class LiveProductNames {

    private final Supplier<List<Product>> all;
    private final Function<List<ProductId>, List<Product>> byIds;
    /** Products written since {@link #names} was built or last brought up to date. */
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
            if (names == null) {
                names = ProductNames.of(all.get()); // reads every write noted so far
            } else if (!ids.isEmpty()) {
                List<Product> found = byIds.apply(ids);
                Set<ProductId> present = found.stream().map(Product::id).collect(Collectors.toSet());
                names = names.with(found, ids.stream().filter(id -> !present.contains(id)).toList());
            }
            return names;
        }
    }
}
