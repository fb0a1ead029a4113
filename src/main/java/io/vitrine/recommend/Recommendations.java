package io.vitrine.recommend;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A served list: products (in stock, business rules applied) with score and reason, the model version that
 * ranked them, whether it is a fallback (popular items) because the shopper or product was unknown to it, and the
 * experiment and variant that served it, if any.
 */
public record Recommendations(List<Item> items, long modelVersion, boolean fallback, Optional<Arm> experiment) {

    /** The experiment and variant that served a list ({@code exp-3}, {@code B}; {@code I} for an interleaved list). */
    public record Arm(String experiment, String variant) {

        public Arm {
            Objects.requireNonNull(experiment, "experiment");
            Objects.requireNonNull(variant, "variant");
        }
    }

    /** A list the live model served outside any experiment. */
    public Recommendations(List<Item> items, long modelVersion, boolean fallback) {
        this(items, modelVersion, fallback, Optional.empty());
    }

    /** The same list, served by an experiment's variant. */
    public Recommendations in(String experimentId, String variant) {
        return new Recommendations(items, modelVersion, fallback, Optional.of(new Arm(experimentId, variant)));
    }

    /** The same list with other items (an interleaved list keeps the rest). */
    public Recommendations with(List<Item> newItems) {
        return new Recommendations(newItems, modelVersion, fallback, experiment);
    }

    /**
     * The click source of a shelf showing this list: {@code base} itself, or {@code base:exp-3:B} when an experiment
     * served it, so the click, the cart and the purchase that follow are credited to its variant.
     */
    public String source(String base) {
        return experiment.map(a -> base + ":" + a.experiment() + ":" + a.variant()).orElse(base);
    }

    public record Item(CatalogueItem product, double score, String reason) {

        public Item {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Recommendations {
        items = List.copyOf(items);
        Objects.requireNonNull(experiment, "experiment");
    }
}
