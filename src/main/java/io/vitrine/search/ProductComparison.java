package io.vitrine.search;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares 2 to 4 products: price, rating, brand, stock and the union of their attributes, aligned row by
 * row. Stateless; the caller loads the products (the REST layer by id, the chat assistant from a search).
 */
public final class ProductComparison {

    public static final int MIN = 2;
    public static final int MAX = 4;

    /** Refuses fewer than 2, more than 4 or the same product twice, with a message a shopper can read. */
    public Comparison compare(List<Product> products) {
        Objects.requireNonNull(products, "products");
        if (products.size() < MIN || products.size() > MAX) {
            throw new InvalidInputException("a comparison takes " + MIN + " to " + MAX + " products, got " + products.size());
        }
        Set<ProductId> seen = new HashSet<>();
        for (Product p : products) {
            Objects.requireNonNull(p, "product");
            if (!seen.add(p.id())) {
                throw new InvalidInputException("product " + p.id() + " appears twice in the comparison");
            }
        }
        List<Comparison.Row> rows = new ArrayList<>();
        rows.add(row("price", "Price", products, p -> Optional.of(p.price().toString())));
        rows.add(row("rating", "Rating", products, p -> p.averageRating()
                .map(r -> String.format(Locale.ROOT, "%.1f (%d)", r, p.ratingCount()))));
        rows.add(row("brand", "Brand", products, Product::brand));
        rows.add(row("stock", "Stock", products, p -> Optional.of(p.inStock() ? Integer.toString(p.stock()) : "out of stock")));
        rows.add(row("category", "Category", products, p -> Optional.of(p.category() + " / " + p.subCategory())));
        // keys differ in case between importers ("Colour", "colour"): align them case-insensitively, in
        // alphabetical order since a product's attribute map has no stable order
        Map<String, String> attributeLabels = new TreeMap<>();
        for (Product p : products) {
            p.attributes().keySet().forEach(k -> attributeLabels.putIfAbsent(k.toLowerCase(Locale.ROOT), k));
        }
        attributeLabels.forEach((key, label) -> rows.add(row("attribute:" + label, label, products, p -> attribute(p, key))));
        List<ProductId> ids = products.stream().map(Product::id).toList();
        return new Comparison(ids, rows, cheapest(products), bestRated(products));
    }

    private static Optional<String> attribute(Product p, String lowerKey) {
        return p.attributes().entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(lowerKey))
                .map(Map.Entry::getValue).findFirst();
    }

    private static Comparison.Row row(String key, String label, List<Product> products, Function<Product, Optional<String>> value) {
        List<Optional<String>> values = products.stream().map(value).toList();
        boolean differs = values.stream().map(v -> v.map(s -> s.strip().toLowerCase(Locale.ROOT))).distinct().count() > 1;
        return new Comparison.Row(key, label, values, differs);
    }

    private static List<ProductId> cheapest(List<Product> products) {
        if (products.stream().map(p -> p.price().currency()).distinct().count() > 1) {
            return List.of(); // prices in different currencies cannot be ranked without exchange rates
        }
        long min = products.stream().mapToLong(p -> p.price().cents()).min().orElseThrow();
        return products.stream().filter(p -> p.price().cents() == min).map(Product::id).toList();
    }

    private static List<ProductId> bestRated(List<Product> products) {
        double best = products.stream().map(Product::averageRating).flatMap(Optional::stream)
                .mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        if (Double.isNaN(best)) {
            return List.of();
        }
        return products.stream().filter(p -> p.averageRating().map(r -> r == best).orElse(false)).map(Product::id).toList();
    }
}
