package io.vitrine.merchandising;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Placement;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed arrangements of a six-product list a..f. */
class RuleBookTest {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    static final Placement SNEAKERS = Placement.shelf(Optional.of("shoes"), Optional.of("sneakers"));

    /** a..f: seller s1 for a-c, s2 for d-f; brand Acme for b and e; colour red for c; f is new (2 days old), g is not in the list. */
    static final List<Product> LIST = Stream.of("a", "b", "c", "d", "e", "f").map(RuleBookTest::product).toList();
    static final Map<String, Product> ALL = Stream.concat(LIST.stream(), Stream.of(product("g"), outOfStock("h")))
            .collect(Collectors.toMap(p -> p.id().value(), p -> p));
    static final Function<ProductId, Optional<Product>> LOOKUP = id -> Optional.ofNullable(ALL.get(id.value()));

    static Product product(String id) {
        int i = id.charAt(0) - 'a';
        Product.Builder b = Product.builder(new ProductId(id)).seller(i < 3 ? "s1" : "s2")
                .name(LocalizedText.of(id, id)).category("shoes", "sneakers")
                .price(Money.euros(1_000 * (i + 1))).stock(5)
                .createdAt(id.equals("f") ? NOW.minus(2, ChronoUnit.DAYS) : NOW.minus(60, ChronoUnit.DAYS));
        if (id.equals("b") || id.equals("e")) {
            b.brand("Acme");
        }
        if (id.equals("c")) {
            b.attribute("Color", "Red");
        }
        return b.build();
    }

    static Product outOfStock(String id) {
        return Product.builder(new ProductId(id)).seller("s1").name(LocalizedText.of(id, id)).category("shoes", "sneakers")
                .price(Money.euros(500)).stock(0).build();
    }

    static int clock = 0;

    static MerchandisingRule rule(String owner, MerchandisingRule.Action action, MerchandisingRule.Where where,
                                  String product, String brand, String attribute, String value, int newWithinDays,
                                  int position, double strength) {
        return new MerchandisingRule("r" + (++clock), owner, action.name(), where.name(), "shoes", "sneakers", "",
                product, brand, attribute, value, MerchandisingRule.NO_PRICE, MerchandisingRule.NO_PRICE, newWithinDays,
                "", position, strength, "", "admin", 1_000 + clock);
    }

    static List<String> ids(List<Product> products) {
        return products.stream().map(p -> p.id().value()).toList();
    }

    static List<String> arrange(MerchandisingRule... rules) {
        return ids(new RuleBook(List.of(rules)).arrange(SNEAKERS, LIST, LOOKUP, NOW));
    }

    @Test
    void withoutRulesTheListIsUnchanged() {
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), arrange());
    }

    @Test
    void aBoostOfTwoHalvesTheKey() {
        // keys: a 1, b 2/2=1, c 3, d 4, e 5/2=2.5, f 6 -> a (1, first), b (1), e (2.5), c (3), d, f
        assertEquals(List.of("a", "b", "e", "c", "d", "f"),
                arrange(rule("", MerchandisingRule.Action.BOOST, MerchandisingRule.Where.SHELF, "", "acme", "", "", 0, 0, 2)));
    }

    @Test
    void aBurialMultipliesTheKeyAndAColourMatchesUnderAnyOfItsNames() {
        // c (red) buried by 3: key 9 -> after f (6)
        assertEquals(List.of("a", "b", "d", "e", "f", "c"),
                arrange(rule("", MerchandisingRule.Action.BURY, MerchandisingRule.Where.EVERYWHERE, "", "", "colour", "red", 0, 0, 3)));
    }

    @Test
    void newArrivalsAreBoostedAndExclusionsLeave() {
        // b excluded first; then f (new) sits at index 4: key 5/4 = 1.25 -> after a (1)
        assertEquals(List.of("a", "f", "c", "d", "e"),
                arrange(rule("", MerchandisingRule.Action.BOOST, MerchandisingRule.Where.SHELF, "", "", "", "", 7, 0, 4),
                        rule("", MerchandisingRule.Action.EXCLUDE, MerchandisingRule.Where.SHELF, "b", "", "", "", 0, 0, 1)));
    }

    @Test
    void pinsTakeTheirPositionFromTheListOrFromTheCatalogue() {
        assertEquals(List.of("e", "a", "g", "b", "c", "d", "f"),
                arrange(rule("", MerchandisingRule.Action.PIN, MerchandisingRule.Where.SHELF, "e", "", "", "", 0, 1, 1),
                        rule("", MerchandisingRule.Action.PIN, MerchandisingRule.Where.SHELF, "g", "", "", "", 0, 3, 1),
                        rule("", MerchandisingRule.Action.PIN, MerchandisingRule.Where.SHELF, "h", "", "", "", 0, 2, 1)),
                "h is out of stock and not shown");
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), arrange(
                rule("", MerchandisingRule.Action.PIN, MerchandisingRule.Where.SHELF, "zz", "", "", "", 0, 1, 1)),
                "a product that is gone is not shown");
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), arrange(
                rule("", MerchandisingRule.Action.PIN, MerchandisingRule.Where.SHELF, "g", "", "", "", 0, 40, 1)),
                "past the end: last");
    }

    @Test
    void onOnePositionTheNewerPinComesFirst() {
        MerchandisingRule older = rule("", MerchandisingRule.Action.PIN, MerchandisingRule.Where.SHELF, "d", "", "", "", 0, 2, 1);
        MerchandisingRule newer = rule("", MerchandisingRule.Action.PIN, MerchandisingRule.Where.SHELF, "f", "", "", "", 0, 2, 1);
        assertEquals(List.of("a", "f", "d", "b", "c", "e"), arrange(newer, older));
    }

    @Test
    void aSellersRuleOnlyTouchesItsOwnProducts() {
        // s1 boosts brand Acme by 10: only b (s1) moves, e (s2) does not; s1 cannot pin s2's product d
        assertEquals(List.of("b", "a", "c", "d", "e", "f"),
                arrange(rule("s1", MerchandisingRule.Action.BOOST, MerchandisingRule.Where.SHELF, "", "acme", "", "", 0, 0, 10),
                        rule("s1", MerchandisingRule.Action.PIN, MerchandisingRule.Where.SHELF, "d", "", "", "", 0, 1, 1)));
    }

    @Test
    void rulesApplyOnlyWhereTheyArePlaced() {
        RuleBook book = new RuleBook(List.of(new MerchandisingRule("q", "", "PIN", "QUERY", "", "", "Baskets  Rouges!",
                "f", "", "", "", -1, -1, 0, "", 1, 1, "", "admin", 1)));
        assertTrue(book.appliesTo(Placement.query("baskets rouges")), "queries compare normalised");
        assertFalse(book.appliesTo(Placement.query("baskets")));
        assertFalse(book.appliesTo(SNEAKERS));
        assertFalse(book.appliesTo(Placement.recommendations()));
        assertEquals(List.of("f", "a", "b", "c", "d", "e"), ids(book.arrange(Placement.query("Baskets rouges"), LIST, LOOKUP, NOW)));
        assertFalse(new RuleBook(List.of(rule("", MerchandisingRule.Action.BOOST, MerchandisingRule.Where.SHELF, "", "acme", "", "", 0, 0, 2)))
                .appliesTo(Placement.shelf(Optional.of("shoes"), Optional.of("boots"))), "another sub-category");
        assertTrue(new RuleBook(List.of(rule("", MerchandisingRule.Action.EXCLUDE, MerchandisingRule.Where.RECOMMENDATIONS, "a", "", "", "", 0, 0, 1)))
                .excluded(Placement.recommendations(), NOW).test(LIST.get(0)));
    }
}
