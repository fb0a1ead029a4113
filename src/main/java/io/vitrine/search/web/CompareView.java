package io.vitrine.search.web;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.CachedCategories;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.search.ComparedProducts;
import io.vitrine.search.Comparison;
import io.vitrine.search.ProductComparison;
import io.vitrine.search.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The comparison page: the session's 2 to 4 products side by side, rows whose values differ marked. */
@Named("compareView")
@RequestScoped
public class CompareView {

    @Inject
    SearchService search;
    @Inject
    CompareList list;
    @Inject
    CatalogService catalog;
    @Inject
    CachedCategories categories;
    @Inject
    LanguageBean language;

    private ComparedProducts compared;

    public void load() {
        List<ProductId> ids = list.ids().stream().map(ProductId::new).toList();
        if (ids.size() < ProductComparison.MIN) {
            return;
        }
        try {
            compared = search.compare(ids);
        } catch (NotFoundException e) {
            // a product was deleted since it was added: drop it and compare the rest
            List<ProductId> kept = catalog.getAll(ids).stream().map(Product::id).toList();
            ids.stream().filter(id -> !kept.contains(id)).forEach(id -> list.remove(id.value()));
            compared = kept.size() < ProductComparison.MIN ? null : search.compare(kept);
        }
    }

    public boolean isReady() {
        return compared != null;
    }

    public List<Product> getProducts() {
        return compared == null ? List.of() : compared.products();
    }

    public List<Comparison.Row> getRows() {
        return compared == null ? List.of() : compared.table().rows();
    }

    /** The row's name in the shopper's language; attribute rows keep the catalogue's own name. */
    public String label(Comparison.Row row) {
        return switch (row.key()) {
            case "price", "rating", "brand", "stock", "category" -> language.text("compare.row." + row.key());
            default -> row.label();
        };
    }

    /** One cell: prices, stock and categories as the shop shows them elsewhere, the rest as compared. */
    public String cell(Comparison.Row row, int column) {
        Product p = compared.products().get(column);
        return switch (row.key()) {
            case "price" -> language.money(p.price().cents(), p.price().currency());
            case "stock" -> p.inStock() ? Integer.toString(p.stock()) : language.text("product.outOfStock");
            case "category" -> categories.list().stream().filter(c -> c.id().equals(p.category())).findFirst()
                    .map(c -> c.name().in(language.getCode()) + c.subCategory(p.subCategory())
                            .map(s -> " · " + s.name().in(language.getCode())).orElse(""))
                    .orElse(p.category());
            default -> row.values().get(column).orElse("—");
        };
    }

    public boolean cheapest(Product p) {
        return compared != null && compared.table().cheapest().contains(p.id());
    }

    public boolean bestRated(Product p) {
        return compared != null && compared.table().bestRated().contains(p.id());
    }

    public int getMissing() {
        return Math.max(0, ProductComparison.MIN - list.getCount());
    }
}
