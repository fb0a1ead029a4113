package io.vitrine.search.eval;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.Slug;
import io.vitrine.search.CatalogLabels;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Flipkart sample ({@code flipkart_com-ecommerce_sample_1050.csv}) into products: the first level of
 * the category tree is the category, the second the sub-category; the discounted price (else the retail price)
 * in INR; the specifications become attributes. The original category labels are kept for relevance.
 */
final class FlipkartCatalog {

    static final String FILE = "flipkart_com-ecommerce_sample_1050.csv";
    private static final Pattern SPEC = Pattern.compile("\"key\"=>\"([^\"]*)\", \"value\"=>\"([^\"]*)\"");

    record Item(Product product, String categoryLabel, String subCategoryLabel) {
    }

    private final List<Item> items;
    private final Map<String, String> labels;

    private FlipkartCatalog(List<Item> items, Map<String, String> labels) {
        this.items = List.copyOf(items);
        this.labels = Map.copyOf(labels);
    }

    static FlipkartCatalog read(Path csv) throws IOException {
        List<Item> items = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String[] tree = r.get("product_category_tree").replaceAll("^\\[\"|\"]$", "").split(">>");
                String cat = tree[0].strip();
                String sub = tree.length > 2 ? tree[1].strip() : cat; // two-level trees end with the product name
                String catId = Slug.of(cat);
                String subId = Slug.of(sub);
                labels.put(catId, cat);
                labels.put(catId + "/" + subId, sub);
                String name = r.get("product_name").strip();
                String description = r.get("description").strip();
                Product.Builder b = Product.builder(new ProductId(r.get("uniq_id")))
                        .seller("flipkart")
                        .name(LocalizedText.same(name))
                        .description(LocalizedText.same(description.isEmpty() ? name : description))
                        .category(catId, subId)
                        .brand(r.get("brand"))
                        .price(Money.of(price(r), "INR"))
                        .stock(10)
                        .sourceRef("flipkart:" + r.get("pid"))
                        .createdAt(Instant.parse(r.get("crawl_timestamp").replace(" +0000", "Z").replace(' ', 'T')));
                Matcher m = SPEC.matcher(r.get("product_specifications"));
                while (m.find()) {
                    b.attribute(m.group(1), m.group(2));
                }
                String rating = r.get("product_rating");
                if (rating.matches("[0-9.]+")) {
                    long tenths = Math.round(Double.parseDouble(rating) * 10);
                    b.ratings(10, Math.max(10, Math.min(50, tenths)));
                }
                items.add(new Item(b.build(), cat, sub));
            }
        }
        return new FlipkartCatalog(items, labels);
    }

    private static BigDecimal price(CSVRecord r) {
        String p = r.get("discounted_price").isBlank() ? r.get("retail_price") : r.get("discounted_price");
        return p.isBlank() ? BigDecimal.ZERO : new BigDecimal(p);
    }

    List<Item> items() {
        return items;
    }

    List<Product> products() {
        return items.stream().map(Item::product).toList();
    }

    /** The original labels ("Baby Care", "Baby Bath & Skin") behind the slug ids. */
    CatalogLabels labels() {
        return new CatalogLabels() {
            @Override
            public LocalizedText category(String categoryId) {
                return LocalizedText.same(labels.getOrDefault(categoryId, categoryId));
            }

            @Override
            public LocalizedText subCategory(String categoryId, String subCategoryId) {
                return LocalizedText.same(labels.getOrDefault(categoryId + "/" + subCategoryId, subCategoryId));
            }
        };
    }
}
