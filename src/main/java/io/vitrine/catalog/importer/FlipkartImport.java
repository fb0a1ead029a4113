package io.vitrine.catalog.importer;

import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.platform.imports.NamedImporter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** The "flipkart" import kind: {@link FlipkartCatalogImporter} with every stored product announced. */
@Dependent
public class FlipkartImport extends NamedImporter {

    /** The seller a Flipkart catalogue goes to when the request names none. */
    public static final String DEFAULT_SELLER = "flipkart-import";

    @Inject
    public FlipkartImport(ProductRepository products, Event<ProductChanged> changes, CategoryRepository categories,
                          SellerRepository sellers) {
        super(FlipkartCatalogImporter.KIND, (path, seller) ->
                new FlipkartCatalogImporter(new AnnouncingProducts(products, changes::fire), categories, sellers)
                        .importFrom(path, FlipkartCatalogImporter.Options.forSeller(seller.orElse(DEFAULT_SELLER))));
    }
}
