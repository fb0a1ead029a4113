package io.vitrine.search;

import io.vitrine.catalog.InMemoryCategoryRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import io.vitrine.events.EventService;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CDI service without a container: in-memory repositories, events captured, popularity given. */
class SearchServiceTest {

    private final List<Interaction> recorded = new ArrayList<>();
    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private SearchService service;
    /** What a search ranked by popularity answered while popularity was being counted (null: not asked). */
    private List<String> whileCounting;
    private boolean probeWhileCounting;

    @BeforeEach
    void setUp() {
        products.saveAll(Fixtures.catalogue());
        service = new SearchService() {
            @Override
            Popularity loadPopularity() {
                if (probeWhileCounting && whileCounting == null && ready()) {
                    whileCounting = ids(search(SearchRequest.of("trainers"), Caller.ANONYMOUS));
                }
                return Popularity.none().add(InteractionType.PURCHASE, "p04", 10);
            }
        };
        service.products = products;
        service.categories = new InMemoryCategoryRepository();
        service.events = new EventService() {
            @Override
            public void recordLater(List<Interaction> batch) {
                recorded.addAll(batch);
            }
        };
        service.config = SearchConfig.forShop(Optional.empty());
        service.open();
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.id().value()).toList();
    }

    @Test
    void refusesToSearchUntilTheIndexIsBuilt() {
        assertFalse(service.ready());
        assertThrows(SearchUnavailableException.class, () -> service.search(SearchRequest.of("iphone"), Caller.ANONYMOUS));
        assertThrows(SearchUnavailableException.class, () -> service.suggest("iph", "en", 5));
        service.onStartup(); // no executor outside a container: builds on the calling thread
        assertTrue(service.ready());
        assertEquals("p01", ids(service.search(SearchRequest.of("iphon 13"), Caller.ANONYMOUS)).get(0));
    }

    @Test
    void theFirstBuildServesTextRankingWhilePopularityIsCounted() {
        probeWhileCounting = true;
        service.onStartup();

        assertTrue(whileCounting != null && whileCounting.containsAll(List.of("p03", "p04")),
                "searchable during the count: " + whileCounting);
        SearchResult popular = service.search(SearchRequest.builder().category("footwear").sort(SearchSort.POPULARITY).build(),
                Caller.ANONYMOUS);
        assertEquals("p04", ids(popular).get(0), "popularity swapped in after the count");
    }

    @Test
    void recordsEverySearchAsAnEvent() {
        service.rebuild();
        SearchResult r = service.search(SearchRequest.of("cotton"), Caller.ANONYMOUS);
        service.search(SearchRequest.of("zzzqqq"), new Caller(Caller.Kind.PARTNER, "erp", Optional.empty()));
        assertEquals(2, recorded.size());
        Interaction first = recorded.get(0);
        assertEquals(InteractionType.SEARCH, first.type());
        assertEquals("anon:api", first.userId());
        assertEquals(Optional.of("cotton"), first.query());
        assertEquals(Optional.of((int) r.total()), first.resultCount());
        assertEquals("erp", recorded.get(1).userId());
        assertEquals(Optional.of(0), recorded.get(1).resultCount());
    }

    @Test
    void aFeaturesOwnLookUpIsNotRecordedAsAShoppersSearch() {
        service.rebuild();
        SearchResult lookUp = service.searchProducts(SearchRequest.of("cotton"));
        SearchResult noHit = service.searchProducts(SearchRequest.of("zzzqqq"));
        assertEquals(List.of(), recorded, "no SEARCH event for the chat's own look-ups");
        assertFalse(lookUp.hits().isEmpty());
        assertEquals(ids(service.search(SearchRequest.of("cotton"), Caller.ANONYMOUS)), ids(lookUp));
        assertEquals(0, noHit.total());
        assertEquals(1, recorded.size(), "the shopper's search is still recorded");
    }

    @Test
    void aSearchEventKeepsAtMost200CharactersAndNeverHalfAnEmoji() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        String longQuery = "a".repeat(199) + "\uD83D\uDE00" + "b".repeat(50);
        Interaction e = SearchService.searchEvent(Caller.ANONYMOUS, longQuery, 3, now);
        assertEquals("a".repeat(199), e.query().orElseThrow());
        assertEquals(200, SearchService.searchEvent(null, "x".repeat(500), 0, now).query().orElseThrow().length());
        assertEquals("", SearchService.searchEvent(null, null, 0, now).query().orElseThrow());
    }

    @Test
    void followsProductChanges() {
        service.rebuild();
        Product kettle = Product.builder(new ProductId("p99")).seller("home-shop").name(LocalizedText.of("Copper Kettle", "Bouilloire en cuivre"))
                .category("kitchen", "kettles").brand("Brassware").price(Money.euros(4_500)).stock(2).build();
        products.save(kettle);
        service.onProductChanged(new ProductChanged(kettle.id(), ProductChanged.Change.CREATED));
        assertEquals(List.of("p99"), ids(service.search(SearchRequest.of("coper ketle"), Caller.ANONYMOUS)));

        products.delete(kettle.id());
        service.onProductChanged(new ProductChanged(kettle.id(), ProductChanged.Change.DELETED));
        assertEquals(0, service.search(SearchRequest.of("kettle"), Caller.ANONYMOUS).total());
        // an event about a product that vanished meanwhile removes it instead of failing
        service.onProductChanged(new ProductChanged(new ProductId("gone"), ProductChanged.Change.UPDATED));
    }

    @Test
    void appliesTheShopSynonymsAndPopularity() {
        service.rebuild();
        List<String> trainers = ids(service.search(SearchRequest.of("trainers"), Caller.ANONYMOUS));
        assertTrue(trainers.containsAll(List.of("p03", "p04")), "sneakers, baskets, trainers: " + trainers);
        SearchResult popular = service.search(SearchRequest.builder().category("footwear").sort(SearchSort.POPULARITY).build(),
                Caller.ANONYMOUS);
        assertEquals("p04", ids(popular).get(0), "the only product with purchases ranks first by popularity");
    }

    @Test
    void comparesTwoToFourKnownProductsInTheOrderAsked() {
        ComparedProducts c = service.compare(List.of(new ProductId("p02"), new ProductId("p01")));
        assertEquals(List.of("p02", "p01"), c.products().stream().map(p -> p.id().value()).toList());
        assertEquals(List.of(new ProductId("p02")), c.table().cheapest());
        assertThrows(IllegalArgumentException.class, () -> service.compare(List.of(new ProductId("p01"))));
        assertThrows(IllegalArgumentException.class, () -> service.compare(List.of(new ProductId("p01"), new ProductId("p01"))));
        assertThrows(IllegalArgumentException.class, () -> service.compare(List.of("p01", "p02", "p03", "p04", "p05")
                .stream().map(ProductId::new).toList()));
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> service.compare(List.of(new ProductId("p01"), new ProductId("nope"))));
        assertTrue(missing.getMessage().contains("nope"));
    }
}
