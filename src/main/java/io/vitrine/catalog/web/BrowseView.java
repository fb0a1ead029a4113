package io.vitrine.catalog.web;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductCard;
import io.vitrine.catalog.ProductQuery;
import io.vitrine.catalog.SubCategory;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.platform.web.ListingParams;
import io.vitrine.platform.web.PageLink;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A category or sub-category shelf: filters (sub-category, price band), sort and paging all go into one
 * {@link ProductQuery} that the repository runs in the database, 24 products a page. Parameters come from the
 * URL, so every state is a link a shopper can share; unknown values fall back to the unfiltered shelf.
 */
@Named("browse")
@RequestScoped
public class BrowseView extends ListingParams {

    static final int PAGE_SIZE = 24;
    static final int MAX_PAGE = 10_000;

    /** Price bands of the facet, in euros: [from, to). */
    public record PriceBand(String key, long fromCents, long toCents) {
    }

    static final List<PriceBand> BANDS = List.of(
            new PriceBand("0-25", 0, 2_500), new PriceBand("25-50", 2_500, 5_000),
            new PriceBand("50-100", 5_000, 10_000), new PriceBand("100-250", 10_000, 25_000),
            new PriceBand("250-", 25_000, Long.MAX_VALUE));

    @Inject
    CatalogService catalog;
    @Inject
    CategoryMenu menu;
    @Inject
    LanguageBean language;

    private String sub;
    private Category current;
    private Page<Product> result = new Page<>(List.of(), 0, 0, PAGE_SIZE);
    private List<ProductCard> cards;

    public void load() {
        current = menu.getCategories().stream().filter(c -> c.id().equals(category)).findFirst().orElse(null);
        if (current == null) {
            category = null;
            sub = null;
        } else if (sub != null && current.subCategory(sub).isEmpty()) {
            sub = null;
        }
        Optional<PriceBand> band = BANDS.stream().filter(b -> b.key().equals(price)).findFirst();
        if (band.isEmpty()) {
            price = null;
        }
        ProductQuery.Sort order = parseSort(sort);
        sort = order == ProductQuery.Sort.NEWEST ? null : order.name().toLowerCase(Locale.ROOT);
        page = Math.max(0, Math.min(page, MAX_PAGE));
        ProductQuery query = new ProductQuery(Optional.ofNullable(category), Optional.ofNullable(sub), Optional.empty(),
                band.map(PriceBand::fromCents).filter(c -> c > 0),
                band.map(PriceBand::toCents).filter(c -> c != Long.MAX_VALUE).map(c -> c - 1),
                order, page, PAGE_SIZE);
        result = catalog.shelf(query);
    }

    static ProductQuery.Sort parseSort(String s) {
        if (s == null) {
            return ProductQuery.Sort.NEWEST;
        }
        try {
            return ProductQuery.Sort.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ProductQuery.Sort.NEWEST;
        }
    }

    public String getHeading() {
        if (current == null) {
            return language.text("home.allProducts");
        }
        String name = current.name().in(language.getCode());
        return current.subCategory(sub).map(s -> name + " · " + s.name().in(language.getCode())).orElse(name);
    }

    public List<SubCategory> getSubCategories() {
        return current == null ? List.of() : current.subCategories();
    }

    /** A link per sub-category (key: its id), the shown one's taking its filter off again; price and sort stay. */
    public List<PageLink> getSubCategoryLinks() {
        String lang = language.getCode();
        return getSubCategories().stream().map(s -> {
            boolean active = s.id().equals(sub);
            return new PageLink(s.id(), href(category, active ? null : s.id(), price, sort, null), s.name().in(lang), active);
        }).toList();
    }

    /** A link per price band (key: the band's), the shown one's taking its filter off again. */
    public List<PageLink> getPriceLinks() {
        return BANDS.stream().map(b -> {
            boolean active = b.key().equals(price);
            return new PageLink(b.key(), href(category, sub, active ? null : b.key(), sort, null), bandLabel(b), active);
        }).toList();
    }

    /** A link per sort order (key: its name); newest, the default, has no parameter. */
    public List<PageLink> getSortLinks() {
        return getSorts().stream().map(s -> new PageLink(s, href(category, sub, price, "newest".equals(s) ? null : s, null),
                language.text("browse.sort." + s), s.equals(sort) || sort == null && "newest".equals(s))).toList();
    }

    /** The previous page's link (only shown after the first page). */
    public String getPreviousHref() {
        return href(category, sub, price, sort, page - 1);
    }

    /** The next page's link (only shown before the last page). */
    public String getNextHref() {
        return href(category, sub, price, sort, page + 1);
    }

    /**
     * This shelf's path and query below the context root, the parameters in the order the page's {@code h:link}s put
     * them (a null one left out), each encoded.
     */
    static String href(String category, String sub, String price, String sort, Integer page) {
        StringBuilder out = new StringBuilder("/catalog/browse.xhtml");
        param(out, "category", category);
        param(out, "sub", sub);
        param(out, "price", price);
        param(out, "sort", sort);
        param(out, "page", page == null ? null : page.toString());
        return out.toString();
    }

    private static void param(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(out.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public List<PriceBand> getPriceBands() {
        return BANDS;
    }

    public String bandLabel(PriceBand b) {
        String from = language.money(b.fromCents(), "EUR");
        return b.toCents() == Long.MAX_VALUE ? from + " +" : from + " – " + language.money(b.toCents(), "EUR");
    }

    public List<String> getSorts() {
        return List.of("newest", "price_asc", "price_desc", "rating", "name");
    }

    public List<Product> getProducts() {
        return result.items();
    }

    /** The page's products as cards in the shopper's language. */
    public List<ProductCard> getCards() {
        if (cards == null) {
            cards = ProductCard.allOf(result.items(), language.getCode());
        }
        return cards;
    }

    public long getTotal() {
        return result.total();
    }

    public long getPageCount() {
        return pageCount(result.total(), PAGE_SIZE);
    }

    public String getSub() {
        return sub;
    }

    public void setSub(String sub) {
        this.sub = sub;
    }
}
