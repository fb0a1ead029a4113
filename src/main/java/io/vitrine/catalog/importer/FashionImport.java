package io.vitrine.catalog.importer;

import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.ImageRepository;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.platform.imports.NamedImporter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** The "fashion" import kind: {@link FashionCatalogImporter} with every stored product announced. */
@Dependent
public class FashionImport extends NamedImporter {

    /** The seller a fashion catalogue goes to when the request names none. */
    public static final String DEFAULT_SELLER = "fashion-import";

    /** Imports a path that is the folder with styles.csv and images/, or styles.csv itself. */
    @Inject
    public FashionImport(ProductRepository products, Event<ProductChanged> changes, CategoryRepository categories,
                         SellerRepository sellers, ImageRepository images) {
        super(FashionCatalogImporter.KIND, (path, seller) ->
                new FashionCatalogImporter(new AnnouncingProducts(products, changes::fire), categories, sellers, images)
                        .importFrom(path, FashionCatalogImporter.Options.forSeller(seller.orElse(DEFAULT_SELLER))));
    }
}
