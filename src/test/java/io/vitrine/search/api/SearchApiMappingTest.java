package io.vitrine.search.api;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.search.ComparedProducts;
import io.vitrine.search.FacetCount;
import io.vitrine.search.ProductComparison;
import io.vitrine.search.SearchHit;
import io.vitrine.search.SearchRequest;
import io.vitrine.search.SearchResult;
import io.vitrine.search.SearchSort;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parameters in, response records out: the REST edge's own logic, without a server. */
class SearchApiMappingTest {

    private static final String IMAGE = "a".repeat(64);

    private static Product product(String id, String name, long cents, String colour) {
        Product.Builder b = Product.builder(new ProductId(id)).seller("s").name(LocalizedText.of(name, name + " FR"))
                .category("c", "s").brand("Brand").price(Money.euros(cents)).stock(1);
        if (colour != null) {
            b.attribute("colour", colour);
        }
        return b.image(IMAGE).build();
    }

    @Test
    void aResultBecomesHitsWithProductFieldsAndFacets() {
        Product a = product("a", "Red Mug", 1_250, "Red");
        SearchResult result = new SearchResult("mugg", List.of(new SearchHit(a.id(), 1.23456, "Red <mark>Mug</mark>", ""),
                new SearchHit(new ProductId("deleted-meanwhile"), 1.0, "x", "")), 2, 0, 20,
                Map.of("brand", List.of(new FacetCount("Brand", "Brand", 2))), Optional.of("mug"), false, false);

        SearchResponse r = SearchResponse.of(result, Map.of(a.id(), a));

        assertEquals(1, r.hits().size(), "a hit whose product is gone is left out");
        SearchResponse.Hit hit = r.hits().get(0);
        assertEquals("a", hit.id());
        assertEquals("Red Mug FR", hit.name().fr());
        assertEquals("Red <mark>Mug</mark>", hit.nameHtml());
        assertEquals(0, new BigDecimal("12.50").compareTo(hit.price()));
        assertEquals("/api/v1/images/" + IMAGE, hit.image());
        assertEquals(1.235, hit.score());
        assertEquals("mug", r.correctedQuery());
        assertEquals(2, r.facets().get("brand").get(0).count());
        SearchResult noCorrection = new SearchResult("mug", List.of(), 0, 0, 20, Map.of(), Optional.empty(), false, false);
        assertNull(SearchResponse.of(noCorrection, Map.of()).correctedQuery());
    }

    @Test
    void aComparisonMarksTheCheapestAndLeavesMissingValuesNull() {
        Product a = product("a", "Red Mug", 1_250, "Red");
        Product b = product("b", "Plain Mug", 990, null);
        ComparisonResponse r = ComparisonResponse.of(new ComparedProducts(List.of(a, b), new ProductComparison().compare(List.of(a, b))));

        assertEquals(List.of("a", "b"), r.products().stream().map(ComparisonResponse.Item::id).toList());
        assertFalse(r.products().get(0).cheapest());
        assertTrue(r.products().get(1).cheapest());
        assertEquals(List.of("b"), r.cheapest());
        ComparisonResponse.Row colour = r.rows().stream().filter(x -> x.key().equals("attribute:colour")).findFirst().orElseThrow();
        assertEquals(Arrays.asList("Red", null), colour.values());
        assertTrue(colour.differs());
    }

    @Test
    void compareIdsAreParsedStrictly() {
        assertEquals(List.of(new ProductId("a"), new ProductId("b-2")), CompareResource.parse(" a, b-2 "));
        assertThrows(IllegalArgumentException.class, () -> CompareResource.parse(null));
        assertThrows(IllegalArgumentException.class, () -> CompareResource.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> CompareResource.parse("a,b,c,d,e"));
        assertThrows(IllegalArgumentException.class, () -> CompareResource.parse("a,,b"));
        assertThrows(IllegalArgumentException.class, () -> CompareResource.parse("a,b$"));
    }

    @Test
    void searchParametersBecomeARequest() {
        SearchResource.SearchParams p = new SearchResource.SearchParams();
        p.q = "mug";
        p.lang = "fr";
        p.brand = List.of("Brand", "Other");
        p.minPrice = new BigDecimal("10");
        p.maxPrice = new BigDecimal("25.505");
        p.sort = "-price";
        p.page = 2;
        p.size = 10;
        SearchRequest r = p.toRequest();
        assertEquals("fr", r.language());
        assertEquals(2, r.brands().size());
        assertEquals(1_000, r.minPriceCents().getAsLong());
        assertEquals(2_551, r.maxPriceCents().getAsLong());
        assertEquals(SearchSort.PRICE_DESC, r.sort());
        assertEquals(2, r.page());

        p.minPrice = new BigDecimal("30");
        assertThrows(IllegalArgumentException.class, p::toRequest, "minPrice above maxPrice");
        p.minPrice = null;
        p.colour = java.util.Collections.nCopies(21, "red");
        assertThrows(IllegalArgumentException.class, p::toRequest, "too many filter values");
    }
}
