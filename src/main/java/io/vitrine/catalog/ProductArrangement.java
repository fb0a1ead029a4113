package io.vitrine.catalog;

import java.util.List;
import java.util.function.Predicate;

/**
 * How a shown list is arranged beyond its ranking: the shop's merchandising rules (pins, boosts, burials,
 * exclusions). The catalogue, search and recommendations ask it; the merchandising feature answers (a CDI bean), so
 * no list-making feature depends on it.
 */
public interface ProductArrangement {

    /** Whether any rule applies to {@code where} (callers fetch a wider window only then). */
    boolean appliesTo(Placement where);

    /** The products of {@code ranked} as shown at {@code where}: excluded ones gone, boosts and pins applied. */
    List<Product> arrange(Placement where, List<Product> ranked);

    /** Products a rule keeps out of {@code where} (recommendation candidates are filtered with it). */
    Predicate<Product> excluded(Placement where);

    /** No rules: lists as ranked. */
    ProductArrangement NONE = new ProductArrangement() {
        @Override
        public boolean appliesTo(Placement where) {
            return false;
        }

        @Override
        public List<Product> arrange(Placement where, List<Product> ranked) {
            return ranked;
        }

        @Override
        public Predicate<Product> excluded(Placement where) {
            return p -> false;
        }
    };
}
