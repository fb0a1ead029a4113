package io.vitrine.catalog.importer;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.imports.NamedImporter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Optional;

/** The "vitrine" import kind: the shop's own catalogue CSV ({@link VitrineCatalogImporter}), every product announced. */
@Dependent
public class VitrineImport extends NamedImporter {

    @Inject
    public VitrineImport(CatalogWriter.Stores stores) {
        super(VitrineCatalogImporter.KIND, (path, seller, progress) ->
                        new VitrineCatalogImporter(stores).importCsv(path, sellerOf(seller), progress),
                (fileName, columns) -> columns.containsAll(VitrineCatalogImporter.REQUIRED));
    }

    /** The shop's layout has no seller of its own: an admin names the one the products go to. */
    static String sellerOf(Optional<String> seller) {
        return seller.orElseThrow(() -> new InvalidInputException("seller is required for the vitrine layouts"));
    }
}
