package io.vitrine.exports;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductQuery;
import io.vitrine.catalog.importer.VitrineCatalogImporter;
import io.vitrine.platform.web.SpreadsheetCells;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The catalogue of a scope in the shop's own import layout ({@link VitrineCatalogImporter#COLUMNS}), so an export
 * imported again changes nothing: CSV, or JSON lines with the same fields. Read a page of the catalogue's read
 * model at a time, written as it is read.
 */
@ApplicationScoped
public class CatalogueExport {

    private static final int PAGE = ProductQuery.MAX_PAGE_SIZE;

    @Inject
    CatalogService catalog;

    public void csv(ExportScope scope, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        List<String> header = new ArrayList<>(VitrineCatalogImporter.COLUMNS);
        header.add("image_ids");
        csv.printRecord(header);
        forEach(scope, p -> {
            try {
                csv.printRecord(row(p).stream().map(SpreadsheetCells::neutralise).toList());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    public void jsonLines(ExportScope scope, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        forEach(scope, p -> {
            JsonObjectBuilder attributes = Json.createObjectBuilder();
            p.attributes().forEach(attributes::add);
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", p.id().value())
                    .add("name", texts(p.name())).add("category", p.category()).add("subCategory", p.subCategory())
                    .add("price", p.price().amount()).add("currency", p.price().currency()).add("stock", p.stock())
                    .add("attributes", attributes);
            if (p.description() != null) {
                o.add("description", texts(p.description()));
            }
            p.brand().ifPresent(b -> o.add("brand", b));
            p.sourceRef().ifPresent(r -> o.add("sourceRef", r));
            if (!p.imageIds().isEmpty()) {
                o.add("imageIds", Json.createArrayBuilder(p.imageIds()));
            }
            try {
                writer.write(o.build().toString());
                writer.write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    /** Every product of the scope, a page of the read model at a time (the newest first). */
    public void forEach(ExportScope scope, Consumer<Product> sink) {
        for (int page = 0; ; page++) {
            ProductQuery query = ProductQuery.all(page, PAGE);
            Page<Product> products = catalog.list(scope.seller().map(query::ofSeller).orElse(query));
            products.items().forEach(sink);
            if (products.items().size() < PAGE) {
                return;
            }
        }
    }

    private static List<Object> row(Product p) {
        LocalizedText description = p.description();
        List<Object> row = new ArrayList<>();
        row.add(p.id().value());
        row.add(p.name().en());
        row.add(other(p.name()));
        row.add(description == null ? "" : description.en());
        row.add(description == null ? "" : other(description));
        row.add(p.category());
        row.add(p.subCategory());
        row.add(p.brand().orElse(""));
        row.add(p.price().amount().toPlainString());
        row.add(p.price().currency());
        row.add(p.stock());
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        p.attributes().forEach(attributes::add);
        row.add(p.attributes().isEmpty() ? "" : attributes.build().toString());
        row.add(""); // image: a photo file of an import; the stored photos are listed by id
        row.add(p.sourceRef().orElse(""));
        row.add(String.join(" ", p.imageIds()));
        return row;
    }

    /** The French text when it differs from the English one (a single-language text is written once). */
    private static String other(LocalizedText text) {
        return text.fr().equals(text.en()) ? "" : text.fr();
    }

    private static JsonObjectBuilder texts(LocalizedText text) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("en", text.en());
        if (!text.fr().equals(text.en())) {
            o.add("fr", text.fr());
        }
        return o;
    }
}
