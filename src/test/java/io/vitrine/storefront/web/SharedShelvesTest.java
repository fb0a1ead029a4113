package io.vitrine.storefront.web;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ReadModelCatalog;
import io.vitrine.recommend.CatalogueItem;
import io.vitrine.recommend.Recommendations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SharedShelvesTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SharedShelves shelves = new SharedShelves(now::get);
    private final AtomicInteger ranked = new AtomicInteger();

    private final Product lamp = ReadModelCatalog.product("lamp", "Lamp", 4_990, 5);
    private final Product vase = ReadModelCatalog.product("vase", "Vase", 2_990, 5);
    private final ReadModelCatalog catalog = new ReadModelCatalog(List.of(lamp, vase));

    /** The ranker: counts its calls, ranks lamp then vase with model 7. */
    private Supplier<Recommendations> rank(long model) {
        return () -> {
            ranked.incrementAndGet();
            return new Recommendations(List.of(item(lamp, "trending in home"), item(vase, "")), model, false);
        };
    }

    private static Recommendations.Item item(Product p, String reason) {
        return new Recommendations.Item(CatalogueItem.of(p), 1.0, reason);
    }

    private Recommendations trending(long model, long catalogue, String language) {
        return shelves.shared("trending", 6, language, model, OptionalLong.of(catalogue), rank(model));
    }

    @Test
    void oneRankingServesEveryViewWhileModelCatalogueAndLanguageStayTheSame() {
        Recommendations first = trending(7, 40, "en");

        assertSame(first, trending(7, 40, "en"));
        assertSame(first, trending(7, 40, "en"));
        assertEquals(1, ranked.get());
    }

    @Test
    void aProductChangeANewModelOrAnotherLanguageRanksAgain() {
        trending(7, 40, "en");

        trending(7, 41, "en"); // a product changed: new catalogue version
        trending(8, 41, "en"); // a new model went live
        trending(8, 41, "fr"); // reasons are worded per language

        assertEquals(4, ranked.get());
        trending(8, 41, "fr");
        assertEquals(4, ranked.get());
    }

    @Test
    void aRankingIsKeptAtMostASecond() {
        trending(7, 40, "en");
        now.addAndGet(SharedShelves.FRESH.toNanos() - 1);
        trending(7, 40, "en");
        assertEquals(1, ranked.get());

        now.addAndGet(2);
        trending(7, 40, "en");
        assertEquals(2, ranked.get(), "the recommender's own catalogue and the rules follow changes within that second");
    }

    @Test
    void aListRankedByAModelPutLiveMeanwhileIsNotKeptUnderTheOldOnesVersion() {
        shelves.shared("trending", 6, "en", 7, OptionalLong.of(40), rank(8));
        shelves.shared("trending", 6, "en", 7, OptionalLong.of(40), rank(8));

        assertEquals(2, ranked.get());
    }

    @Test
    void nothingIsKeptBeforeTheCatalogueIsLoaded() {
        shelves.shared("trending", 6, "en", 7, OptionalLong.empty(), rank(7));
        shelves.shared("trending", 6, "en", 7, OptionalLong.empty(), rank(7));

        assertEquals(2, ranked.get());
    }

    @Test
    void cardsOfAKeptListSayWhatTheReadModelSaysNowAndLeaveOutWhatSoldOut() {
        shelves.catalog = catalog.service();
        Recommendations kept = trending(7, 40, "en");
        assertEquals(List.of("Lamp €49.90 trending in home", "Vase €29.90 "), texts(shelves.cardsOf(kept, "en")));

        catalog.change(ReadModelCatalog.product("lamp", "Brass lamp", 3_990, 5));
        catalog.change(ReadModelCatalog.product("vase", "Vase", 2_990, 0));

        assertEquals(List.of("Brass lamp €39.90 trending in home"), texts(shelves.cardsOf(kept, "en")));
        assertEquals(List.of("Brass lamp (fr) 39,90 € trending in home"), texts(shelves.cardsOf(kept, "fr")).stream()
                .map(t -> t.replace('\u00a0', ' ').replace('\u202f', ' ')).toList());
    }

    private static List<String> texts(List<Card> cards) {
        return cards.stream().map(c -> c.product().name() + " " + c.product().price() + " " + c.reason()).toList();
    }
}
