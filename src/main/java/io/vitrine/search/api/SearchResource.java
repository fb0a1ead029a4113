package io.vitrine.search.api;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.security.CurrentCaller;
import io.vitrine.search.SearchRequest;
import io.vitrine.search.SearchResult;
import io.vitrine.search.SearchService;
import io.vitrine.search.SearchSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** {@code /api/v1/search}: full-text search with facets, filters, sorts and paging; autocomplete. */
@Path("v1/search")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
@APIResponse(responseCode = "503", description = "The index is being built at start-up; see Retry-After")
public class SearchResource {

    /** More values than this in one filter is not a shopper's request. */
    static final int MAX_FILTER_VALUES = 20;

    @Inject
    SearchService search;
    @Inject
    CurrentCaller caller;

    /** Query parameters of a search; constraints on fields, where Payara's OpenAPI scanner can read them. */
    public static class SearchParams {
        @QueryParam("q") String q;
        @QueryParam("lang") @DefaultValue("en") @Pattern(regexp = "en|fr", message = "must be en or fr") String lang;
        @QueryParam("category") List<String> category;
        @QueryParam("subCategory") List<String> subCategory;
        @QueryParam("brand") List<String> brand;
        @QueryParam("colour") List<String> colour;
        @QueryParam("seller") List<String> seller;
        @QueryParam("minPrice") @DecimalMin("0") @DecimalMax("10000000") BigDecimal minPrice;
        @QueryParam("maxPrice") @DecimalMin("0") @DecimalMax("10000000") BigDecimal maxPrice;
        @QueryParam("minRating") @DecimalMin("0") @DecimalMax("5") BigDecimal minRating;
        @QueryParam("sort") @DefaultValue("relevance")
        @Pattern(regexp = "relevance|price|-price|popularity|newest",
                message = "must be relevance, price, -price, popularity or newest")
        String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(9_999) int page;
        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(SearchRequest.MAX_SIZE) int size;

        SearchRequest toRequest() {
            SearchRequest.Builder b = SearchRequest.builder().query(q).language(lang).sort(SearchSort.fromParam(sort))
                    .page(page).size(size)
                    .category(values("category", category)).subCategory(values("subCategory", subCategory))
                    .brand(values("brand", brand)).colour(values("colour", colour)).seller(values("seller", seller));
            if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
                throw new InvalidInputException("minPrice is above maxPrice");
            }
            if (minPrice != null) {
                b.minPriceCents(cents(minPrice));
            }
            if (maxPrice != null) {
                b.maxPriceCents(cents(maxPrice));
            }
            if (minRating != null) {
                b.minRating(minRating.doubleValue());
            }
            return b.build();
        }

        private static String[] values(String name, List<String> values) {
            if (values == null) {
                return new String[0];
            }
            if (values.size() > MAX_FILTER_VALUES) {
                throw new InvalidInputException(name + ": at most " + MAX_FILTER_VALUES + " values");
            }
            return values.toArray(String[]::new);
        }

        private static long cents(BigDecimal amount) {
            return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    /** Query parameters of autocomplete. */
    public static class SuggestParams {
        @QueryParam("q") String q;
        @QueryParam("lang") @DefaultValue("en") @Pattern(regexp = "en|fr", message = "must be en or fr") String lang;
        @QueryParam("n") @DefaultValue("8") @Min(1) @Max(20) int n;
    }

    @GET
    @Operation(summary = "Search the catalogue",
            description = "Typo-tolerant English/French full-text search. Filters: repeat a parameter for several values "
                    + "(OR inside a filter, AND between filters); prices in major units. Sorts: relevance, price, -price, "
                    + "popularity, newest. Answers hits with highlights, facet counts (a filtered facet is counted as if "
                    + "its own filter were off), the total and a corrected query when the query looked mistyped. A blank "
                    + "query browses. Every search is recorded as a search event.")
    @APIResponse(responseCode = "200", description = "A page of hits")
    @APIResponse(responseCode = "400", description = "Invalid parameter (problem+json)")
    public SearchResponse search(@BeanParam @Valid SearchParams params) {
        SearchResult result = search.search(params.toRequest(), caller.get());
        return SearchResponse.of(result, search.products(result));
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Autocomplete",
            description = "Product names, brands and categories matching what is typed, anywhere in the name and with typos.")
    @APIResponse(responseCode = "200", description = "Up to n suggestions, best first; none for a blank q")
    public List<SuggestionResponse> suggest(@BeanParam @Valid SuggestParams params) {
        return search.suggest(params.q == null ? "" : params.q, params.lang, params.n).stream()
                .map(SuggestionResponse::of).toList();
    }
}
