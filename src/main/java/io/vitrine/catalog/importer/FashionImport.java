package io.vitrine.catalog.importer;

import io.vitrine.platform.imports.NamedImporter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The "fashion" import kind: {@link FashionCatalogImporter} with every stored product announced. */
@Dependent
public class FashionImport extends NamedImporter {

    /** The seller a fashion catalogue goes to when the request names none. */
    public static final String DEFAULT_SELLER = "fashion-import";

    /** Imports a path that is the folder with styles.csv and images/, or styles.csv itself. */
    @Inject
    public FashionImport(CatalogWriter.Stores stores) {
        super(FashionCatalogImporter.KIND, (path, seller, progress) ->
                        new FashionCatalogImporter(stores)
                                .importFrom(path, FashionCatalogImporter.Options.forSeller(seller.orElse(DEFAULT_SELLER)), progress),
                (fileName, columns) -> columns.containsAll(FashionCatalogImporter.REQUIRED));
    }
}
