package io.vitrine.catalog.importer;

import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.ImageRepository;
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

/** The "fashion" import kind: {@link FashionCatalogImporter} with every stored product announced. */
@Dependent
public class FashionImport implements Importer {

    /** The seller a fashion catalogue goes to when the request names none. */
    public static final String DEFAULT_SELLER = "fashion-import";

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final SellerRepository sellers;
    private final ImageRepository images;

    @Inject
    public FashionImport(ProductRepository products, Event<ProductChanged> changes, CategoryRepository categories,
                         SellerRepository sellers, ImageRepository images) {
        this.products = new AnnouncingProducts(products, changes::fire);
        this.categories = categories;
        this.sellers = sellers;
        this.images = images;
    }

    @Override
    public String kind() {
        return FashionCatalogImporter.KIND;
    }

    /** {@code path}: the folder with styles.csv and images/, or styles.csv itself. */
    @Override
    public ImportReport importFrom(Path path, Optional<String> seller) throws IOException {
        return new FashionCatalogImporter(products, categories, sellers, images)
                .importFrom(path, FashionCatalogImporter.Options.forSeller(seller.orElse(DEFAULT_SELLER)));
    }
}
