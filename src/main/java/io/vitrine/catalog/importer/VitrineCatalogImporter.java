package io.vitrine.catalog.importer;

import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.ImageRepository;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.platform.imports.ImportProgress;
import io.vitrine.platform.imports.ImportReport;
import io.vitrine.platform.imports.ImportTally;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Imports the shop's own catalogue layout, which its catalogue export writes, as CSV or as JSON lines (see
 * docs/imports.md). One row is one product of the importing seller:
 * <pre>
 * id,name,name_fr,description,description_fr,category,sub_category,brand,price,currency,stock,attributes,image,source_ref
 * </pre>
 * {@code id}, {@code name}, {@code category}, {@code sub_category} and {@code price} are required; {@code category}
 * and {@code sub_category} are labels or the shop's ids (new ones are created); {@code attributes} is a JSON object
 * of text values; {@code image} names a JPEG or PNG next to the file (in an uploaded ZIP: inside it). JSON lines carry
 * the same fields, {@code name} and {@code description} either text or {@code {"en": ..., "fr": ...}},
 * {@code subCategory} for {@code sub_category}. A product id another seller already uses is refused on its row.
 */
public final class VitrineCatalogImporter {

    public static final String KIND = "vitrine";
    public static final String LINES_KIND = "vitrine-jsonl";
    public static final List<String> COLUMNS = List.of("id", "name", "name_fr", "description", "description_fr",
            "category", "sub_category", "brand", "price", "currency", "stock", "attributes", "image", "source_ref");
    static final List<String> REQUIRED = List.of("id", "name", "category", "sub_category", "price");
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
    private static final int MAX_STOCK = 1_000_000;

    /** One row, whichever file it came from; absent values are empty strings. */
    record Fields(String id, String nameEn, String nameFr, String descriptionEn, String descriptionFr,
                  String category, String subCategory, String brand, String price, String currency, String stock,
                  Map<String, String> attributes, String image, String sourceRef) {
    }

    private final CatalogWriter.Stores stores;
    // looking the provider up costs a service-loader scan: once per importer, not once per line
    private final JsonReaderFactory readers = JsonProvider.provider().createReaderFactory(Map.of());

    public VitrineCatalogImporter(ProductRepository products, CategoryRepository categories, SellerRepository sellers,
                                  ImageRepository images) {
        this(new CatalogWriter.Stores(products, categories, sellers, images));
    }

    VitrineCatalogImporter(CatalogWriter.Stores stores) {
        this.stores = stores;
    }

    /** A CSV file of the layout; photos are looked up next to it. */
    public ImportReport importCsv(Path csv, String sellerId, ImportProgress progress) throws IOException {
        Path folder = csv.toAbsolutePath().getParent();
        return CatalogWriter.importRows(KIND, csv, REQUIRED, stores, sellerId, sellerId, progress,
                (line, r, seller, tree, writer, tally) -> add(line, fields(r), seller, tree, writer, folder));
    }

    /** A JSON-lines file of the layout: one product object a line, blank lines ignored. */
    public ImportReport importLines(Path file, String sellerId, ImportProgress progress) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        return CatalogWriter.importWith(LINES_KIND, stores, sellerId, sellerId, progress, (seller, tree, writer, tally) -> {
            tally.expect(CsvRows.lines(file));
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long line = 0;
                for (String text; (text = reader.readLine()) != null; ) {
                    line++;
                    if (text.isBlank() || tally.alreadyCommitted()) {
                        continue;
                    }
                    tally.rowRead();
                    try {
                        add(line, fields(parse(text)), seller, tree, writer, folder);
                    } catch (IllegalArgumentException bad) {
                        tally.reject(line, bad.getMessage());
                    }
                }
            } catch (java.nio.charset.MalformedInputException e) {
                throw new IllegalArgumentException(file.getFileName() + " is not UTF-8 text");
            }
        });
    }

    private JsonObject parse(String text) {
        try (JsonReader reader = readers.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("not JSON: " + abbreviate(e.getMessage(), 80));
        }
    }

    private Fields fields(CSVRecord r) {
        return new Fields(CsvRows.value(r, "id"), CsvRows.value(r, "name"), CsvRows.value(r, "name_fr"),
                CsvRows.value(r, "description"), CsvRows.value(r, "description_fr"), CsvRows.value(r, "category"),
                CsvRows.value(r, "sub_category"), CsvRows.value(r, "brand"), CsvRows.value(r, "price"),
                CsvRows.value(r, "currency"), CsvRows.value(r, "stock"), attributes(CsvRows.value(r, "attributes")),
                CsvRows.value(r, "image"), CsvRows.value(r, "source_ref"));
    }

    private Map<String, String> attributes(String json) {
        if (json.isEmpty()) {
            return Map.of();
        }
        JsonObject o;
        try {
            o = parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("attributes must be a JSON object of texts");
        }
        return attributes(o);
    }

    private static Map<String, String> attributes(JsonObject o) {
        Map<String, String> out = new LinkedHashMap<>();
        o.forEach((k, v) -> out.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        return out;
    }

    private static Fields fields(JsonObject o) {
        JsonValue attributes = o.get("attributes");
        if (attributes != null && attributes.getValueType() != JsonValue.ValueType.OBJECT
                && attributes.getValueType() != JsonValue.ValueType.NULL) {
            throw new IllegalArgumentException("attributes must be a JSON object of texts");
        }
        return new Fields(text(o, "id"), text(o, "name", "en"), text(o, "name", "fr"), text(o, "description", "en"),
                text(o, "description", "fr"), text(o, "category"), text(o, "subCategory"), text(o, "brand"),
                text(o, "price"), text(o, "currency"), text(o, "stock"),
                attributes == null || attributes.getValueType() == JsonValue.ValueType.NULL ? Map.of() : attributes(attributes.asJsonObject()),
                text(o, "image"), text(o, "sourceRef"));
    }

    /** A field as text: a string or number as written, absent or null as "". */
    private static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return (v instanceof JsonString s ? s.getString() : v.toString()).strip();
    }

    /** A text that is either a string (the same in every language) or {@code {"en": ..., "fr": ...}}. */
    private static String text(JsonObject o, String field, String language) {
        JsonValue v = o.get(field);
        if (v instanceof JsonObject texts) {
            return text(texts, language);
        }
        return language.equals("en") ? text(o, field) : "";
    }

    private void add(long line, Fields f, String sellerId, CategoryTree tree, CatalogWriter writer, Path folder) {
        if (f.id().isEmpty()) {
            throw new IllegalArgumentException("missing id");
        }
        if (!ProductId.isValid(f.id())) {
            throw new IllegalArgumentException("invalid id '" + abbreviate(f.id(), 70) + "' (letters, digits, '-' and '_', at most 64)");
        }
        ProductId id = new ProductId(f.id());
        if (writer.duplicate(line, id)) {
            return;
        }
        String name = required(f.nameEn(), "name", 200);
        CategoryTree.Placement placement = tree.place(required(f.category(), "category", 64),
                required(f.subCategory(), "sub_category", 64));
        String currency = f.currency().isEmpty() ? "EUR" : f.currency();
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency '" + abbreviate(currency, 10) + "' is not an ISO 4217 code such as EUR");
        }
        Product.Builder product = Product.builder(id).seller(sellerId)
                .name(LocalizedText.of(name, blankToNull(limited(f.nameFr(), "name_fr", 200))))
                .category(placement.category(), placement.subCategory())
                .price(Money.of(price(f.price()), currency));
        if (!f.descriptionEn().isEmpty() || !f.descriptionFr().isEmpty()) {
            product.description(LocalizedText.of(blankToNull(limited(f.descriptionEn(), "description", 5000)),
                    blankToNull(limited(f.descriptionFr(), "description_fr", 5000))));
        }
        if (!f.brand().isEmpty()) {
            product.brand(limited(f.brand(), "brand", 100));
        }
        if (f.attributes().size() > 30) {
            throw new IllegalArgumentException("at most 30 attributes");
        }
        f.attributes().forEach((k, v) -> {
            if (!ATTRIBUTE_KEY.matcher(k).matches()) {
                throw new IllegalArgumentException("attribute name '" + abbreviate(k, 50) + "': a letter, then letters, digits, '-' or '_', at most 40");
            }
            product.attribute(k, limited(v, "attribute " + k, 200));
        });
        if (!f.sourceRef().isEmpty()) {
            product.sourceRef(limited(f.sourceRef(), "source_ref", 200));
        }
        writer.add(line, id, product, stock(f.stock()), photo(folder, f.image()));
    }

    /** The photo a row names, inside the file's folder only (an upload's ZIP is unpacked there). */
    private static Path photo(Path folder, String image) {
        if (image.isEmpty()) {
            return null;
        }
        Path photo = folder.resolve(image).normalize();
        if (!photo.startsWith(folder) || image.contains("\\")) {
            throw new IllegalArgumentException("image '" + abbreviate(image, 80) + "' must be a file next to the catalogue");
        }
        return photo;
    }

    private static BigDecimal price(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("missing price");
        }
        try {
            BigDecimal price = new BigDecimal(text);
            if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0 || price.scale() > 2 && price.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("price '" + abbreviate(text, 20) + "' must be 0 to 1000000 with at most 2 decimals");
            }
            return price.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("bad price '" + abbreviate(text, 20) + "'");
        }
    }

    private static int stock(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int stock = Integer.parseInt(text);
            if (stock < 0 || stock > MAX_STOCK) {
                throw new NumberFormatException();
            }
            return stock;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stock '" + abbreviate(text, 20) + "' must be a whole number 0 to " + MAX_STOCK);
        }
    }

    private static String required(String value, String column, int max) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("missing " + column);
        }
        return limited(value, column, max);
    }

    private static String limited(String value, String column, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(column + " longer than " + max + " characters");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String abbreviate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
