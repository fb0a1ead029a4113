package io.vitrine.catalog.importer;

import static io.vitrine.catalog.importer.CsvRows.required;
import static io.vitrine.catalog.importer.CsvRows.value;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.platform.imports.ImportProgress;
import io.vitrine.platform.imports.ImportReport;
import io.vitrine.platform.imports.ImportTally;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports Flipkart product CSV (the PromptCloud/Kaggle layout): uniq_id, product_name, product_category_tree
 * ({@code ["A >> B >> C ..."]}: A is the category, B the sub-category; deeper levels are mostly the product name),
 * retail_price, discounted_price, brand, description, product_rating, image, product_specifications.
 *
 * <p>Prices are in rupees; the shop sells in one currency, so they are converted at the fixed rate of
 * {@link Options} (default 90 INR = 1 EUR) and the original amounts are kept as attributes. The selling price is
 * the discounted price, the retail price becomes {@code listPrice}. These are real prices, so new products get the
 * stock of {@link Options} (10 by default) and can be bought; a re-import keeps the stock they have. The specifications field (a Ruby hash dump) is
 * parsed into attributes with camel-case keys ("Ideal For" -> gender, "Color" -> colour, "Model Name" ->
 * modelName). Images are remote URLs (or, in the shared sample, bare file names) that cannot be fetched here:
 * they are kept as the {@code imageUrl} / {@code imageFile} attribute and nothing is downloaded.
 */
public final class FlipkartCatalogImporter {

    public static final String KIND = "flipkart";
    public static final String SOURCE_PREFIX = "flipkart:";
    static final List<String> REQUIRED = List.of("uniq_id", "product_name", "product_category_tree",
            "retail_price", "discounted_price");
    /**
     * One {@code {"key"=>"...", "value"=>"..."}} pair. Each quoted text is an unrolled loop of possessive runs
     * ({@code [^"\\]*+(?:\\.[^"\\]*+)*+}), not {@code (?:[^"\\]|\\.)*}: java.util.regex recursed once per character
     * of that alternation, and a long value overflowed the stack of a container thread before the JIT had compiled
     * the matcher (a loaded shop's import job died silently on its first Flipkart file).
     */
    private static final Pattern SPEC = Pattern.compile(
            "\\{\"key\"=>\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\",\\s*\"value\"=>\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"}");
    private static final Pattern URL = Pattern.compile("https?://[^\"\\s,\\]]+");
    private static final Map<String, String> KEY_NAMES = Map.of("color", "colour", "idealFor", "gender");
    private static final int MAX_VALUE_LENGTH = 500;

    /**
     * Seller (created when missing), stock of each new product (the data has real prices, so they may be sold),
     * the shop's currency and how many rupees make one unit of it.
     */
    public record Options(String sellerId, String sellerName, int stock, String currency, BigDecimal rupeesPerUnit) {
        public Options {
            Objects.requireNonNull(sellerId, "sellerId");
            sellerName = sellerName == null || sellerName.isBlank() ? sellerId : sellerName;
            Currency.getInstance(currency);
            if (stock < 0) {
                throw new InvalidInputException("stock cannot be negative");
            }
            if (rupeesPerUnit.signum() <= 0) {
                throw new IllegalArgumentException("exchange rate must be positive");
            }
        }

        public static Options forSeller(String sellerId) {
            return new Options(sellerId, null, 10, "EUR", BigDecimal.valueOf(90));
        }
    }

    private final CatalogWriter.Stores stores;

    public FlipkartCatalogImporter(ProductRepository products, CategoryRepository categories, SellerRepository sellers) {
        this(new CatalogWriter.Stores(products, categories, sellers, null));
    }

    FlipkartCatalogImporter(CatalogWriter.Stores stores) {
        this.stores = stores;
    }

    public ImportReport importFrom(Path csv, Options options) throws IOException {
        return importFrom(csv, options, ImportProgress.NONE);
    }

    /** The same, resumed from and reporting to {@code progress} (an import job). */
    public ImportReport importFrom(Path csv, Options options, ImportProgress progress) throws IOException {
        return CatalogWriter.importRows(KIND, csv, REQUIRED, stores, options.sellerId(), options.sellerName(), progress,
                (line, record, sellerId, tree, writer, tally) -> row(line, record, sellerId, options, tree, writer, tally));
    }

    private void row(long line, CSVRecord r, String sellerId, Options options, CategoryTree tree, CatalogWriter writer,
                     ImportTally tally) {
        int columns = r.getParser().getHeaderNames().size();
        if (r.size() != columns) {
            throw new IllegalArgumentException((r.size() < columns ? "missing columns" : "too many columns")
                    + ": expected " + columns + ", found " + r.size());
        }
        String sourceRef = CsvRows.sourceRef(r, "uniq_id", SOURCE_PREFIX);
        ProductId id = CatalogWriter.idOf(sourceRef);
        if (writer.duplicate(line, id)) {
            return;
        }
        String name = required(r, "product_name");
        List<String> levels = categoryLevels(value(r, "product_category_tree"));
        BigDecimal retail = amount(r, "retail_price");
        BigDecimal discounted = amount(r, "discounted_price");
        BigDecimal selling = discounted != null ? discounted : retail;
        if (selling == null) {
            throw new IllegalArgumentException("no price: retail_price and discounted_price are empty");
        }
        CategoryTree.Placement placement = tree.place(levels.get(0), levels.get(1));

        Product.Builder product = Product.builder(id).seller(sellerId).name(LocalizedText.same(name))
                .category(placement.category(), placement.subCategory()).sourceRef(sourceRef)
                .price(convert(selling, options));
        String description = value(r, "description");
        if (!description.isEmpty()) {
            product.description(LocalizedText.same(description));
        }
        Map<String, String> specs = specifications(value(r, "product_specifications"), line, tally);
        String brand = value(r, "brand");
        product.brand(brand.isEmpty() ? specs.get("brand") : brand);
        specs.remove("brand");
        product.attributes(specs);
        if (retail != null) {
            product.attribute("listPrice", convert(retail, options).amount().toPlainString())
                    .attribute("sourceListPrice", retail.toPlainString() + " INR");
        }
        product.attribute("sourcePrice", selling.toPlainString() + " INR")
                .attribute("priceSource", KIND)
                .attribute("exchangeRate", options.rupeesPerUnit().toPlainString() + " INR/" + options.currency())
                .attribute("sourceRating", rating(value(r, "product_rating"), line, tally))
                .attribute("sourceUrl", value(r, "product_url"))
                .attribute("sourcePid", value(r, "pid"));
        imageReference(value(r, "image"), product);
        writer.add(line, id, product, options.stock(), null);
    }

    /** {@code ["Home Furnishing >> Curtains >> ..."]} or a bare {@code A >> B}; at least two levels. */
    static List<String> categoryLevels(String tree) {
        String t = tree.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        List<String> levels = Arrays.stream(t.split(">>")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!t.contains(">>") || levels.size() < 2 || t.contains("\"")) {
            throw new IllegalArgumentException("unknown category tree format '" + abbreviate(tree, 80)
                    + "' (expected [\"Category >> Sub-category >> ...\"])");
        }
        return levels;
    }

    private static BigDecimal amount(CSVRecord r, String column) {
        String v = value(r, column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(v);
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("negative " + column + " '" + v + "'");
            }
            return amount.setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + column + " '" + abbreviate(v, 40) + "'");
        }
    }

    private static Money convert(BigDecimal rupees, Options options) {
        return Money.of(rupees.divide(options.rupeesPerUnit(), 2, RoundingMode.HALF_UP), options.currency());
    }

    /** The sample's ratings are averages without a count, so they are kept as a fact, not as product ratings. */
    private static String rating(String v, long line, ImportTally tally) {
        if (v.isEmpty() || v.equalsIgnoreCase("No rating available")) {
            return null;
        }
        try {
            double stars = Double.parseDouble(v);
            if (stars >= 1 && stars <= 5) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        tally.problem(line, "rating '" + abbreviate(v, 20) + "' ignored (expected 1 to 5)");
        return null;
    }

    /** {@code {"product_specification"=>[{"key"=>"Brand", "value"=>"Elegance"}, ...]}}, {@code =>nil} or a single pair. */
    static Map<String, String> specifications(String text, long line, ImportTally tally) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (text.isEmpty() || text.contains("=>nil")) {
            return attributes;
        }
        Matcher m = SPEC.matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            String key = attributeKey(unescape(m.group(1)));
            String value = unescape(m.group(2)).strip();
            if (!key.isEmpty() && !value.isEmpty()) {
                attributes.putIfAbsent(key, abbreviate(value, MAX_VALUE_LENGTH));
            }
        }
        if (!any && !text.contains("\"value\"=>")) {
            tally.problem(line, "specifications not understood: '" + abbreviate(text, 60) + "'");
        }
        return attributes;
    }

    /** Mongo field names must not contain '.' or start with '$': keys become plain camel case. */
    static String attributeKey(String label) {
        List<String> words = new ArrayList<>();
        for (String w : label.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        StringBuilder key = new StringBuilder();
        for (String w : words) {
            key.append(key.isEmpty() ? w.toLowerCase(Locale.ROOT)
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        String k = key.length() > 40 ? key.substring(0, 40) : key.toString();
        return KEY_NAMES.getOrDefault(k, k);
    }

    private static void imageReference(String image, Product.Builder product) {
        if (image.isEmpty()) {
            return;
        }
        List<String> urls = URL.matcher(image).results().map(MatchResult::group).toList();
        if (!urls.isEmpty()) {
            product.attribute("imageUrl", urls.get(0));
            if (urls.size() > 1) {
                product.attribute("imageUrls", String.join(" ", urls));
            }
        } else {
            product.attribute("imageFile", abbreviate(image, 200));
        }
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
