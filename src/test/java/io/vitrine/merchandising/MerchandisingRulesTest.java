package io.vitrine.merchandising;

import io.vitrine.catalog.CachedCategories;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.SubCategory;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a rule may say and who may say it: every refusal names its field. */
class MerchandisingRulesTest {

    final Merchandising m = new Merchandising();
    static final Caller ADMIN = new Caller(Caller.Kind.ADMIN, "admin@shop", Optional.empty());
    static final Caller SELLER_1 = new Caller(Caller.Kind.SELLER, "s1@shop", Optional.of("s1"));

    @BeforeEach
    void shop() {
        InMemoryProductRepository products = new InMemoryProductRepository();
        RuleBookTest.LIST.forEach(products::save);
        m.products = products;
        m.categories = new CachedCategories() {
            @Override
            public List<Category> list() {
                return List.of(new Category("shoes", LocalizedText.of("Shoes", "Chaussures"), 1,
                        List.of(new SubCategory("sneakers", LocalizedText.of("Sneakers", "Baskets")))));
            }
        };
        m.clock = Clock.fixed(RuleBookTest.NOW, ZoneOffset.UTC);
    }

    static RuleDraft draft(String action, String placement, String category, String sub, String query, String product,
                           String brand, Integer position, Double strength) {
        return new RuleDraft(action, placement, category, sub, query, product, brand, null, null, null, null, null, null,
                position, strength, null);
    }

    String refusal(Caller who, RuleDraft d) {
        return assertThrows(InvalidInputException.class, () -> m.checked("r", Merchandising.ownerOf(who), d, who.name())).getMessage();
    }

    @Test
    void aGoodRuleIsNormalised() {
        MerchandisingRule r = m.checked("r", "", draft("pin", " shelf ", "shoes", "sneakers", null, "e", null, 3, null), "admin@shop");
        assertEquals("PIN", r.action());
        assertEquals("SHELF", r.placement());
        assertEquals(3, r.position());
        assertEquals(1.0, r.strength());
        assertEquals(RuleBookTest.NOW.toEpochMilli(), r.changedAt());
        assertEquals("PIN product e at 3 on shelf shoes/sneakers", Merchandising.describe(r));
        MerchandisingRule boost = m.checked("b", "", draft("BOOST", "QUERY", null, null, "Baskets  Rouges", null, "Acme", null, null), "a");
        assertEquals(2.0, boost.strength(), "boosts default to 2");
        assertEquals("BOOST brand Acme x2.0 in results of 'baskets rouges'", Merchandising.describe(boost));
    }

    @Test
    void everyRefusalNamesItsField() {
        assertTrue(refusal(ADMIN, draft("FLY", "SHELF", "shoes", null, null, "e", null, 1, null)).startsWith("action:"));
        assertTrue(refusal(ADMIN, draft("PIN", "NOWHERE", "shoes", null, null, "e", null, 1, null)).startsWith("placement:"));
        assertTrue(refusal(ADMIN, draft("PIN", "SHELF", "hats", null, null, "e", null, 1, null)).startsWith("category:"));
        assertTrue(refusal(ADMIN, draft("PIN", "SHELF", "shoes", "boots", null, "e", null, 1, null)).startsWith("subCategory:"));
        assertTrue(refusal(ADMIN, draft("PIN", "QUERY", null, null, " !! ", "e", null, 1, null)).startsWith("query:"));
        assertTrue(refusal(ADMIN, draft("PIN", "SHELF", "shoes", null, null, "zz", null, 1, null)).startsWith("product:"));
        assertTrue(refusal(ADMIN, draft("PIN", "SHELF", "shoes", null, null, "e", null, 0, null)).startsWith("position:"));
        assertTrue(refusal(ADMIN, draft("PIN", "RECOMMENDATIONS", null, null, null, "e", null, 1, null)).contains("SHELF or in a QUERY"));
        assertTrue(refusal(ADMIN, draft("BOOST", "EVERYWHERE", null, null, null, null, null, null, 2.0)).contains("which products"));
        assertTrue(refusal(ADMIN, draft("BURY", "EVERYWHERE", null, null, null, null, "Acme", null, 11.0)).startsWith("strength:"));
        assertTrue(refusal(ADMIN, draft("BOOST", "EVERYWHERE", null, null, null, null, "x".repeat(201), null, 2.0)).startsWith("brand:"));
        assertTrue(refusal(ADMIN, new RuleDraft("EXCLUDE", "EVERYWHERE", null, null, null, null, null, null, null, 500L, 100L,
                null, null, null, null, null)).startsWith("minPriceCents:"));
        assertTrue(refusal(ADMIN, new RuleDraft("EXCLUDE", "EVERYWHERE", null, null, null, null, null, "colour", null, null, null,
                null, null, null, null, null)).startsWith("attribute:"));
    }

    @Test
    void sellersPlaceOnlyTheirOwnProductsAndOthersNothing() {
        assertEquals("s1", Merchandising.ownerOf(SELLER_1));
        assertEquals("", Merchandising.ownerOf(ADMIN));
        assertThrows(AccessDeniedException.class, () -> m.checked("r", "s1", draft("PIN", "SHELF", "shoes", null, null, "e", null, 1, null), "s1"),
                "e belongs to s2");
        assertEquals("s1", m.checked("r", "s1", draft("PIN", "SHELF", "shoes", null, null, "a", null, 1, null), "s1").owner());
        assertThrows(AccessDeniedException.class, () -> Merchandising.ownerOf(Caller.shopper("x@y", "pub-1")));
        assertThrows(AccessDeniedException.class, () -> Merchandising.ownerOf(
                new Caller(Caller.Kind.PARTNER, "unbound key", Optional.empty(), Set.of(Scope.CATALOG_WRITE), Optional.empty())),
                "a catalogue key bound to no seller would act for every seller");
        assertThrows(AccessDeniedException.class, () -> Merchandising.ownerOf(Caller.ANONYMOUS));
    }
}
