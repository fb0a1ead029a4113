package io.vitrine.search.api;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductImage;
import io.vitrine.search.ComparedProducts;
import io.vitrine.search.Comparison;

import java.math.BigDecimal;
import java.util.List;

/**
 * A side-by-side table: {@code products} in the order asked, one {@link Row} per property with one value per product
 * (null where a product lacks it), {@code differs} when they do not all agree. {@code cheapest}/{@code bestRated}
 * name every product tied for the title (empty when it cannot be said).
 */
public record ComparisonResponse(List<Item> products, List<Row> rows, List<String> cheapest, List<String> bestRated) {

    public record Item(String id, String nameEn, String nameFr, String brand, BigDecimal price, String currency,
                       String image, boolean cheapest, boolean bestRated) {
    }

    public record Row(String key, String label, List<String> values, boolean differs) {
    }

    public static ComparisonResponse of(ComparedProducts compared) {
        Comparison table = compared.table();
        List<Item> items = compared.products().stream().map(p -> item(p, table)).toList();
        List<Row> rows = table.rows().stream()
                .map(r -> new Row(r.key(), r.label(), r.values().stream().map(v -> v.orElse(null)).toList(), r.differs()))
                .toList();
        return new ComparisonResponse(items, rows, ids(table.cheapest()), ids(table.bestRated()));
    }

    private static Item item(Product p, Comparison table) {
        return new Item(p.id().value(), p.name().en(), p.name().fr(), p.brand().orElse(null), p.price().amount(),
                p.price().currency(), p.imageIds().stream().findFirst().map(ProductImage::url).orElse(null),
                table.cheapest().contains(p.id()), table.bestRated().contains(p.id()));
    }

    private static List<String> ids(List<ProductId> ids) {
        return ids.stream().map(ProductId::value).toList();
    }
}
