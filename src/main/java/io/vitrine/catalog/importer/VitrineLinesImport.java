package io.vitrine.catalog.importer;

import io.vitrine.platform.imports.NamedImporter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The "vitrine-jsonl" import kind: the shop's own catalogue layout as JSON lines, every product announced. */
@Dependent
public class VitrineLinesImport extends NamedImporter {

    @Inject
    public VitrineLinesImport(CatalogWriter.Stores stores) {
        super(VitrineCatalogImporter.LINES_KIND, (path, seller, progress) ->
                        new VitrineCatalogImporter(stores).importLines(path, VitrineImport.sellerOf(seller), progress),
                (fileName, columns) -> fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson"));
    }
}
