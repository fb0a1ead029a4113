package io.vitrine.catalog.importer;

import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.ImageRepository;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.ProductsChanged;
import io.vitrine.catalog.SellerRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;

/**
 * What every catalogue import kind writes to, made once for all of them: the repositories, with the products
 * announced to the indexes ({@link AnnouncingProducts}: one product alone, a batch as one event, indexed on a
 * container thread while the import goes on).
 */
@Dependent
public class ImportStores {

    /** The container's threads: an import's batches are indexed on one of them while it stores the next batch. */
    @Resource
    ManagedThreadFactory threads;

    @Produces
    @Dependent
    CatalogWriter.Stores stores(ProductRepository products, Event<ProductChanged> changes, Event<ProductsChanged> batches,
                                CategoryRepository categories, SellerRepository sellers, ImageRepository images) {
        return new CatalogWriter.Stores(new AnnouncingProducts(products, changes::fire, batches::fire, threads),
                categories, sellers, images);
    }
}
