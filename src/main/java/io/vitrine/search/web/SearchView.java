package io.vitrine.search.web;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.platform.web.ListingParams;
import io.vitrine.customer.Shopper;
import io.vitrine.search.FacetCount;
import io.vitrine.search.SearchHit;
import io.vitrine.search.SearchRequest;
import io.vitrine.search.SearchResult;
import io.vitrine.search.SearchService;
import io.vitrine.search.SearchSort;
import io.vitrine.search.SearchUnavailableException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search results: the query and one chosen value per facet (category, brand, colour, price band) come from the URL;
 * the engine does the filtering, counting and paging. Hits carry highlighted HTML that the engine escaped first.
 */
@Named("search")
@RequestScoped
public class SearchView extends ListingParams {

    static final int PAGE_SIZE = 24;
    static final List<String> FACETS = List.of("category", "brand", "colour", "price");
    private static final Pattern PRICE = Pattern.compile("(\\d{1,10})-(\\d{1,10})?");

    @Inject
    SearchService search;
    @Inject
    Shopper shopper;
    @Inject
    LanguageBean language;

    private String q;
    private String brand;
    private String colour;

    private SearchResult result;
    private Map<ProductId, Product> products = Map.of();
    private boolean unavailable;

    /** One result row: the hit's highlighted HTML and its product. */
    public record Row(SearchHit hit, Product product) {
    }

    public void load() {
        SearchRequest.Builder b = SearchRequest.builder().query(clip(q)).language(language.getCode())
                .sort(SearchSort.fromParam(sort)).page(Math.max(0, page)).size(PAGE_SIZE)
                .category(category).brand(brand).colour(colour);
        Matcher m = price == null ? null : PRICE.matcher(price);
        if (m != null && m.matches()) {
            b.minPriceCents(Long.parseLong(m.group(1)));
            if (m.group(2) != null && Long.parseLong(m.group(2)) > 0) {
                b.maxPriceCents(Long.parseLong(m.group(2)) - 1); // the facet's bands exclude their upper end
            }
        } else {
            price = null;
        }
        try {
            result = search.search(b.build(), shopper.getId());
            products = search.products(result);
            page = result.page();
        } catch (SearchUnavailableException e) {
            unavailable = true;
        }
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > SearchBox.MAX_QUERY ? text.substring(0, SearchBox.MAX_QUERY) : text;
    }

    public List<Row> getRows() {
        if (result == null) {
            return List.of();
        }
        return result.hits().stream().filter(h -> products.containsKey(h.id())).map(h -> new Row(h, products.get(h.id()))).toList();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public Optional<String> correctedQuery() {
        return result == null ? Optional.empty() : result.correctedQuery();
    }

    public String getDidYouMean() {
        return correctedQuery().orElse(null);
    }

    public boolean isRelaxed() {
        return result != null && result.relaxed();
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    /** The facets shown, in a fixed order, each with at most 12 values. */
    public Map<String, List<FacetCount>> getFacets() {
        Map<String, List<FacetCount>> shown = new LinkedHashMap<>();
        if (result != null) {
            for (String dim : FACETS) {
                List<FacetCount> values = result.facets().getOrDefault(dim, List.of());
                if (!values.isEmpty()) {
                    shown.put(dim, values.subList(0, Math.min(12, values.size())));
                }
            }
        }
        return shown;
    }

    public List<String> getFacetNames() {
        return List.copyOf(getFacets().keySet());
    }

    public boolean selected(String dim, String value) {
        return value != null && value.equals(current(dim));
    }

    /** A price band's label in the shopper's currency format ("€10.00 – €25.00"). */
    public String facetLabel(String dim, FacetCount f) {
        Matcher m = "price".equals(dim) ? PRICE.matcher(f.value()) : null;
        if (m == null || !m.matches()) {
            return f.label();
        }
        String from = language.money(Long.parseLong(m.group(1)), "EUR");
        return m.group(2) == null ? from + " +" : from + " – " + language.money(Long.parseLong(m.group(2)), "EUR");
    }

    /** The results URL with one facet toggled (choosing the chosen value again removes it); paging restarts. */
    public String facetLink(String dim, String value) {
        Map<String, String> params = params();
        if (value.equals(params.get(dim))) {
            params.remove(dim);
        } else {
            params.put(dim, value);
        }
        params.remove("page");
        return link(params);
    }

    public String sortLink(String order) {
        Map<String, String> params = params();
        params.put("sort", order);
        params.remove("page");
        return link(params);
    }

    public String pageLink(int target) {
        Map<String, String> params = params();
        params.put("page", Integer.toString(target));
        return link(params);
    }

    public String queryLink(String query) {
        return link(new LinkedHashMap<>(Map.of("q", query)));
    }

    public boolean sortedBy(String order) {
        return SearchSort.fromParam(order) == SearchSort.fromParam(sort);
    }

    public List<String> getSorts() {
        return List.of("relevance", "price", "-price", "popularity", "newest");
    }

    public long getPageCount() {
        return Math.min(pageCount(getTotal(), PAGE_SIZE), SearchRequest.MAX_WINDOW / PAGE_SIZE);
    }

    private String current(String dim) {
        return switch (dim) {
            case "category" -> category;
            case "brand" -> brand;
            case "colour" -> colour;
            case "price" -> price;
            default -> null;
        };
    }

    private Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q == null ? "" : q);
        for (String dim : FACETS) {
            if (current(dim) != null && !current(dim).isBlank()) {
                p.put(dim, current(dim));
            }
        }
        if (sort != null && !sort.isBlank()) {
            p.put("sort", sort);
        }
        if (page > 0) {
            p.put("page", Integer.toString(page));
        }
        return p;
    }

    private static String link(Map<String, String> params) {
        StringBuilder sb = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/search/results.xhtml");
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }
}
