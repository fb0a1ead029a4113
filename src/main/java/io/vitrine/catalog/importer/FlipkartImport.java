package io.vitrine.catalog.importer;

import io.vitrine.platform.imports.NamedImporter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The "flipkart" import kind: {@link FlipkartCatalogImporter} with every stored product announced. */
@Dependent
public class FlipkartImport extends NamedImporter {

    /** The seller a Flipkart catalogue goes to when the request names none. */
    public static final String DEFAULT_SELLER = "flipkart-import";

    @Inject
    public FlipkartImport(CatalogWriter.Stores stores) {
        super(FlipkartCatalogImporter.KIND, (path, seller, progress) ->
                        new FlipkartCatalogImporter(stores)
                                .importFrom(path, FlipkartCatalogImporter.Options.forSeller(seller.orElse(DEFAULT_SELLER)), progress),
                (fileName, columns) -> columns.containsAll(FlipkartCatalogImporter.REQUIRED));
    }
}
