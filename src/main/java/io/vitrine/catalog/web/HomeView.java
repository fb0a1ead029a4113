package io.vitrine.catalog.web;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductQuery;

import io.vitrine.platform.web.LanguageBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.ResourceBundle;

/** The home page: the newest products, optionally of one category, 24 per page. */
@Named("home")
@RequestScoped
public class HomeView {

    static final int PAGE_SIZE = 24;

    @Inject
    CatalogService catalog;
    @Inject
    CategoryMenu menu;
    @Inject
    LanguageBean language;

    private String category;
    private int page;
    private Page<Product> result = new Page<>(List.of(), 0, 0, PAGE_SIZE);

    public void load() {
        ProductQuery query = ProductQuery.all(0, PAGE_SIZE);
        if (category != null && !category.isBlank()) {
            if (menu.getCategories().stream().noneMatch(c -> c.id().equals(category))) {
                category = null;
            } else {
                query = query.inCategory(category);
            }
        }
        int safePage = Math.max(0, Math.min(page, 10_000));
        result = catalog.list(new ProductQuery(query.category(), query.subCategory(), query.seller(), query.minPriceCents(),
                query.maxPriceCents(), query.sort(), safePage, PAGE_SIZE));
        page = safePage;
    }

    public String getHeading() {
        if (category == null) {
            return ResourceBundle.getBundle("io.vitrine.platform.web.messages", language.getLocale()).getString("home.allProducts");
        }
        return menu.getCategories().stream().filter(c -> c.id().equals(category)).findFirst()
                .map(Category::name).map(n -> n.in(language.getCode())).orElse(category);
    }

    public String imageUrl(Product p) {
        return p.imageIds().isEmpty() ? "/resources/img/no-image.svg" : io.vitrine.catalog.ProductImage.url(p.imageIds().get(0));
    }

    /** The price in the shopper's language, e.g. "49,90 €" or "€49.90". */
    public String price(Product p) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(language.getLocale());
        format.setCurrency(java.util.Currency.getInstance(p.price().currency()));
        return format.format(p.price().amount());
    }

    public List<Product> getProducts() {
        return result.items();
    }

    public long getTotal() {
        return result.total();
    }

    public long getPageCount() {
        return Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

}
