package io.vitrine.customer;

import io.vitrine.events.EventService;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopperTest {

    private final List<Interaction> recorded = new ArrayList<>();
    private final List<String> merged = new ArrayList<>();

    private Shopper shopper() {
        Shopper s = new Shopper();
        s.followRequestLogin = false;
        s.events = new EventService() {
            @Override
            public void recordLater(List<Interaction> batch) {
                recorded.addAll(batch);
            }

            @Override
            public int mergeAnonymous(String anonymousUser, String accountId) {
                merged.add(anonymousUser + ">" + accountId);
                return 1;
            }
        };
        return s;
    }

    @Test
    void anAnonymousShopperHasARandomIdThatIsNotTheSessionId() {
        Shopper a = shopper();
        Shopper b = shopper();
        assertTrue(a.getId().startsWith(Interaction.ANONYMOUS_PREFIX));
        assertFalse(a.getId().equals(b.getId()));
        assertFalse(a.isLoggedIn());
    }

    @Test
    void aClickFromARecommendationIsRecordedWithItsSourceBeforeTheView() {
        Shopper s = shopper();
        s.viewed("p1", "recommendation:similar");

        assertEquals(List.of(InteractionType.CLICK, InteractionType.VIEW), recorded.stream().map(Interaction::type).toList());
        assertEquals(Optional.of("recommendation:similar"), recorded.get(0).source());
        assertEquals(s.getId(), recorded.get(0).userId());
    }

    @Test
    void aDirectVisitIsAViewWithoutSourceAndAForgedSourceIsDropped() {
        Shopper s = shopper();
        s.viewed("p1", null);
        s.viewed("p2", "<script>alert(1)</script>");

        assertEquals(List.of(InteractionType.VIEW, InteractionType.VIEW), recorded.stream().map(Interaction::type).toList());
        assertTrue(recorded.stream().allMatch(e -> e.source().isEmpty()));
    }

    @Test
    void recentlyViewedKeepsTheLatestTwelveLatestFirstWithoutRepeats() {
        Shopper s = shopper();
        for (int i = 1; i <= 14; i++) {
            s.viewed("p" + i, null);
        }
        s.viewed("p10", null);

        List<String> recent = s.recentlyViewed();
        assertEquals(Shopper.RECENT, recent.size());
        assertEquals(List.of("p10", "p14", "p13"), recent.subList(0, 3));
        assertFalse(recent.contains("p1") || recent.contains("p2"));
    }

    @Test
    void logInMergesTheAnonymousTrailOnceAndTheIdBecomesTheAccount() {
        Shopper s = shopper();
        String anonymous = s.getId();
        s.loggedIn("ada@example.org");
        s.loggedIn("ada@example.org");

        assertEquals(List.of(anonymous + ">ada@example.org"), merged);
        assertEquals("ada@example.org", s.getId());
        s.addedToCart("p1", 2, "search");
        assertEquals("ada@example.org", recorded.get(0).userId());
        assertEquals(2, recorded.get(0).quantity());
        assertEquals(Optional.of("search"), recorded.get(0).source());
    }

    @Test
    void sourcesAreShortLowerCaseLabels() {
        assertEquals(Optional.of("recommendation:bought-together"), Shopper.cleanSource("recommendation:bought-together"));
        assertEquals(Optional.of("search"), Shopper.cleanSource("search"));
        assertEquals(Optional.empty(), Shopper.cleanSource("Search"));
        assertEquals(Optional.empty(), Shopper.cleanSource("a:b:c"));
        assertEquals(Optional.empty(), Shopper.cleanSource("x".repeat(31)));
        assertEquals(Optional.empty(), Shopper.cleanSource(""));
    }
}
