package io.vitrine.merchandising;

import io.vitrine.catalog.Placement;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An immutable set of merchandising rules and how they arrange a ranked list, in this order:
 * <ol>
 *   <li>products matched by an EXCLUDE rule leave the list;</li>
 *   <li>BOOST and BURY move the others: a product at 0-based position {@code i} gets the key
 *       {@code (i + 1) * product of its burials' strengths / product of its boosts' strengths}, and the list is
 *       sorted by key, ties keeping their order (boosted by 2, the tenth product ranks as the fifth would);</li>
 *   <li>PIN puts a product at its position (1-based; past the end of the list: last), taking it from where it was or,
 *       if the list did not hold it, fetching it (a pinned product that is gone or out of stock is not shown). Pins
 *       are placed from the smallest position up; two pins on one position keep the newer rule first.</li>
 * </ol>
 */
public final class RuleBook {

    private static final RuleBook EMPTY = new RuleBook(List.of());

    private final List<MerchandisingRule> rules;

    public RuleBook(List<MerchandisingRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparingLong(MerchandisingRule::changedAt).reversed()).toList();
    }

    public static RuleBook empty() {
        return EMPTY;
    }

    public List<MerchandisingRule> rules() {
        return rules;
    }

    public boolean appliesTo(Placement where) {
        return rules.stream().anyMatch(r -> r.appliesTo(where));
    }

    /** The products an EXCLUDE rule keeps out of {@code where}. */
    public Predicate<Product> excluded(Placement where, Instant now) {
        List<MerchandisingRule> exclusions = rules(where, MerchandisingRule.Action.EXCLUDE);
        return exclusions.isEmpty() ? p -> false : p -> exclusions.stream().anyMatch(r -> r.matches(p, now));
    }

    /** {@code ranked} as shown at {@code where}; {@code lookup} fetches pinned products the list did not hold. */
    public List<Product> arrange(Placement where, List<Product> ranked, Function<ProductId, Optional<Product>> lookup,
                                 Instant now) {
        if (!appliesTo(where)) {
            return ranked;
        }
        Predicate<Product> out = excluded(where, now);
        List<Product> kept = ranked.stream().filter(out.negate()).toList();
        List<Product> moved = boosted(kept, rules(where, MerchandisingRule.Action.BOOST),
                rules(where, MerchandisingRule.Action.BURY), now);
        return pinned(moved, where, lookup, out, now);
    }

    private List<MerchandisingRule> rules(Placement where, MerchandisingRule.Action action) {
        return rules.stream().filter(r -> r.actionKind() == action && r.appliesTo(where)).toList();
    }

    private static List<Product> boosted(List<Product> list, List<MerchandisingRule> boosts,
                                         List<MerchandisingRule> burials, Instant now) {
        if (boosts.isEmpty() && burials.isEmpty()) {
            return list;
        }
        record Keyed(Product product, double key, int at) {
        }
        List<Keyed> keyed = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Product p = list.get(i);
            double factor = 1;
            for (MerchandisingRule b : boosts) {
                factor /= b.matches(p, now) ? b.strength() : 1;
            }
            for (MerchandisingRule b : burials) {
                factor *= b.matches(p, now) ? b.strength() : 1;
            }
            keyed.add(new Keyed(p, (i + 1) * factor, i));
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key).thenComparingInt(Keyed::at));
        return keyed.stream().map(Keyed::product).toList();
    }

    private List<Product> pinned(List<Product> list, Placement where, Function<ProductId, Optional<Product>> lookup,
                                 Predicate<Product> out, Instant now) {
        List<MerchandisingRule> pins = rules(where, MerchandisingRule.Action.PIN).stream()
                .filter(r -> !r.product().isEmpty())
                // on one position the newer rule is placed last, so it ends up in front
                .sorted(Comparator.comparingInt(MerchandisingRule::position).thenComparingLong(MerchandisingRule::changedAt))
                .toList();
        if (pins.isEmpty()) {
            return list;
        }
        Map<String, Product> byId = new LinkedHashMap<>();
        list.forEach(p -> byId.put(p.id().value(), p));
        List<Product> result = new ArrayList<>(list);
        for (MerchandisingRule pin : pins) {
            Optional<Product> product = Optional.ofNullable(byId.get(pin.product()))
                    .or(() -> lookup.apply(new ProductId(pin.product())).filter(Product::inStock));
            if (product.isEmpty() || out.test(product.get()) || !pin.matches(product.get(), now)) {
                continue;
            }
            result.removeIf(p -> p.id().equals(product.get().id()));
            result.add(Math.min(pin.position() - 1, result.size()), product.get());
        }
        return List.copyOf(result);
    }
}
