package io.vitrine.catalog.importer;

import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.platform.imports.ImportReport;
import io.vitrine.platform.imports.Importer;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The "flipkart" import kind: {@link FlipkartCatalogImporter} with every stored product announced. */
@Dependent
public class FlipkartImport implements Importer {

    /** The seller a Flipkart catalogue goes to when the request names none. */
    public static final String DEFAULT_SELLER = "flipkart-import";

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final SellerRepository sellers;

    @Inject
    public FlipkartImport(ProductRepository products, Event<ProductChanged> changes, CategoryRepository categories,
                          SellerRepository sellers) {
        this.products = new AnnouncingProducts(products, changes::fire);
        this.categories = categories;
        this.sellers = sellers;
    }

    @Override
    public String kind() {
        return FlipkartCatalogImporter.KIND;
    }

    @Override
    public ImportReport importFrom(Path path, Optional<String> seller) throws IOException {
        return new FlipkartCatalogImporter(products, categories, sellers)
                .importFrom(path, FlipkartCatalogImporter.Options.forSeller(seller.orElse(DEFAULT_SELLER)));
    }
}
