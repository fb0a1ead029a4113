package io.vitrine.catalog.importer;

import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.ImageRepository;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.ProductsChanged;
import io.vitrine.catalog.SellerRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;

/**
 * What every catalogue import kind writes to, made once for all of them: the repositories, with the products
 * announced to the indexes ({@link AnnouncingProducts}: one product alone, a batch as one event).
 */
@Dependent
public class ImportStores {

    @Produces
    @Dependent
    CatalogWriter.Stores stores(ProductRepository products, Event<ProductChanged> changes, Event<ProductsChanged> batches,
                                CategoryRepository categories, SellerRepository sellers, ImageRepository images) {
        return new CatalogWriter.Stores(new AnnouncingProducts(products, changes::fire, batches::fire), categories, sellers, images);
    }
}
