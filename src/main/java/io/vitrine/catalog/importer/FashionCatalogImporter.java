package io.vitrine.catalog.importer;

import static io.vitrine.catalog.importer.CsvRows.required;
import static io.vitrine.catalog.importer.CsvRows.value;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.ImageRepository;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.platform.imports.ImportProgress;
import io.vitrine.platform.imports.ImportReport;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Imports the Kaggle "Fashion Product Images" layout: {@code styles.csv} (id, gender, masterCategory, subCategory,
 * articleType, baseColour, season, year, usage[, productDisplayName]) next to {@code images/<id>.jpg}.
 * masterCategory becomes the category, subCategory the sub-category, the other columns attributes (baseColour as
 * {@code colour}, the shop's facet name). Without productDisplayName (the shared sample lacks it) the name is
 * composed: "White Skirts for Women".
 *
 * <p>Price rule: the set has no prices, so each product gets the reference price of its sub-category
 * ({@link FashionReferencePrices}) and the attribute {@code priceSource=reference}. Its stock is
 * {@link Options#referenceStock()}, 0 by default: such products are listed and searchable but cannot be bought until
 * the seller sets a real price and stock, so nothing is sold at an invented price without someone deciding it.
 *
 * <p>A missing or broken photo does not stop the product: it is imported without it and the line is reported.
 */
public final class FashionCatalogImporter {

    public static final String KIND = "fashion";
    public static final String SOURCE_PREFIX = "fashion:";
    static final List<String> REQUIRED = List.of("id", "masterCategory", "subCategory");

    /** Seller the products are imported for (created when missing) and stock given to reference-priced products. */
    public record Options(String sellerId, String sellerName, int referenceStock) {
        public Options {
            Objects.requireNonNull(sellerId, "sellerId");
            sellerName = sellerName == null || sellerName.isBlank() ? sellerId : sellerName;
            if (referenceStock < 0) {
                throw new InvalidInputException("stock cannot be negative");
            }
        }

        public static Options forSeller(String sellerId) {
            return new Options(sellerId, null, 0);
        }
    }

    private final CatalogWriter.Stores stores;

    public FashionCatalogImporter(ProductRepository products, CategoryRepository categories, SellerRepository sellers,
                                  ImageRepository images) {
        this(new CatalogWriter.Stores(products, categories, sellers, images));
    }

    FashionCatalogImporter(CatalogWriter.Stores stores) {
        this.stores = stores;
    }

    /** {@code source} is the folder holding styles.csv and images/, or styles.csv itself. */
    public ImportReport importFrom(Path source, Options options) throws IOException {
        return importFrom(source, options, ImportProgress.NONE);
    }

    /** The same, resumed from and reporting to {@code progress} (an import job). */
    public ImportReport importFrom(Path source, Options options, ImportProgress progress) throws IOException {
        Path styles = Files.isDirectory(source) ? source.resolve("styles.csv") : source;
        Path imageDir = styles.toAbsolutePath().getParent().resolve("images");
        return CatalogWriter.importRows(KIND, styles, REQUIRED, stores, options.sellerId(), options.sellerName(), progress,
                (line, record, sellerId, tree, writer, tally) -> row(line, record, imageDir, sellerId, options, tree, writer));
    }

    private void row(long line, CSVRecord r, Path imageDir, String sellerId, Options options, CategoryTree tree,
                     CatalogWriter writer) {
        int columns = r.getParser().getHeaderNames().size();
        if (r.size() < columns) {
            throw new IllegalArgumentException("missing columns: expected " + columns + ", found " + r.size());
        }
        String sourceRef = CsvRows.sourceRef(r, "id", SOURCE_PREFIX);
        ProductId id = CatalogWriter.idOf(sourceRef);
        if (writer.duplicate(line, id)) {
            return;
        }
        String master = required(r, "masterCategory");
        String sub = required(r, "subCategory");
        String year = value(r, "year");
        if (!year.isEmpty() && !year.matches("\\d{4}")) {
            throw new IllegalArgumentException("bad year '" + year + "'");
        }
        CategoryTree.Placement placement = tree.place(master, sub);
        String name = displayName(r, columns);
        if (name.isEmpty()) {
            name = composedName(r, sub);
        }
        Product.Builder product = Product.builder(id).seller(sellerId).name(LocalizedText.same(name))
                .description(LocalizedText.same(description(r)))
                .category(placement.category(), placement.subCategory())
                .price(FashionReferencePrices.of(sub)).sourceRef(sourceRef)
                .attribute("articleType", value(r, "articleType")).attribute("colour", known(value(r, "baseColour")))
                .attribute("gender", value(r, "gender")).attribute("season", known(value(r, "season")))
                .attribute("usage", known(value(r, "usage"))).attribute("year", year)
                .attribute("priceSource", "reference");
        writer.add(line, id, product, options.referenceStock(), imageDir.resolve(value(r, "id") + ".jpg"));
    }

    /** The full Kaggle file has unquoted commas in productDisplayName: the extra cells belong to it. */
    private static String displayName(CSVRecord r, int columns) {
        if (!r.isMapped("productDisplayName")) {
            if (r.size() > columns) {
                throw new IllegalArgumentException("too many columns: expected " + columns + ", found " + r.size());
            }
            return "";
        }
        int at = r.getParser().getHeaderMap().get("productDisplayName");
        if (at != columns - 1 && r.size() > columns) {
            throw new IllegalArgumentException("too many columns: expected " + columns + ", found " + r.size());
        }
        return String.join(",", r.toList().subList(at, r.size())).strip();
    }

    private static String composedName(CSVRecord r, String sub) {
        String article = value(r, "articleType");
        String colour = known(value(r, "baseColour"));
        String gender = value(r, "gender");
        String what = (colour + " " + (article.isEmpty() ? sub : article)).strip();
        return gender.isEmpty() ? what : what + " for " + gender;
    }

    private static String description(CSVRecord r) {
        String article = value(r, "articleType");
        StringBuilder text = new StringBuilder(article.isEmpty() ? value(r, "subCategory") : article);
        String usage = known(value(r, "usage"));
        if (!usage.isEmpty()) {
            text.append(", ").append(usage.toLowerCase(Locale.ROOT)).append(" wear");
        }
        String season = known(value(r, "season"));
        if (!season.isEmpty()) {
            String year = value(r, "year");
            text.append(", ").append(season).append(year.isEmpty() ? "" : " " + year).append(" collection");
        }
        return text.append('.').toString();
    }

    /** The data set writes "NA" for an unknown value. */
    private static String known(String v) {
        return v.equalsIgnoreCase("NA") ? "" : v;
    }
}
