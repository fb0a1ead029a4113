package io.vitrine.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Orders the look-alikes of a searched photo by how alike they look and by how likely the photo shows their shelf:
 * each candidate (found by cosine of the embeddings) scores {@code cosine + weight * p(its sub-category | photo)},
 * with the model's calibrated probabilities. A shopper who photographs a sneaker expects sneakers first, and the
 * classifier knows the shelf better than the raw nearest photo does (journey, session 11: accuracy 0.951 against a
 * precision@10 of 0.946); when the model is unsure, the probabilities are spread and the cosine decides. Weight 0 is
 * the cosine alone. The weight and the pool of candidates are chosen on validation (docs/benchmarks.md, journey,
 * session 12).
 */
public record ShelfPrior(double weight, int pool) {

    /**
     * Chosen on the validation part of fashion-products ({@code vision-metric}: the shop's network trained on 4,750
     * photos, 1,186 scored against them), never on its test part: precision@10 0.916 by cosine alone, 0.928 at weight
     * 0.02 (the best; 0.926-0.928 from 0.01 to 0.05), falling slowly as the weight grows (0.923 at 0.3, 0.922 at 10 =
     * the predicted shelf first); a pool of 30 candidates did as well as 100. A little of the shelf fixes neighbours
     * the cosine took from a wrong shelf; too much lets the classifier's own mistakes decide.
     */
    public static final ShelfPrior SHOP = new ShelfPrior(0.02, 30);
    public static final ShelfPrior NONE = new ShelfPrior(0, 0);

    public ShelfPrior {
        if (weight < 0 || pool < 0) {
            throw new IllegalArgumentException("the shelf weight and the pool cannot be negative");
        }
    }

    /** How many nearest products to ask the index for, to return {@code n}: the pool, and never fewer than {@code n}. */
    public int candidates(int n) {
        return weight == 0 ? n : Math.max(n, pool);
    }

    /**
     * The {@code n} best of {@code candidates} by {@code cosine + weight * p(sub-category)}; ties keep the cosine
     * order. The matches keep their cosine as score (how alike the photos look); a sub-category absent from
     * {@code probabilities} counts as probability 0.
     */
    public List<VisualMatch> rank(List<VisualMatch> candidates, Map<String, Double> probabilities, int n) {
        List<VisualMatch> ranked = new ArrayList<>(candidates);
        if (weight > 0) {
            // List.sort is stable: candidates with equal scores stay in the index's (cosine) order
            ranked.sort(Comparator.comparingDouble((VisualMatch m) -> score(m, probabilities)).reversed());
        }
        return List.copyOf(ranked.subList(0, Math.min(n, ranked.size())));
    }

    double score(VisualMatch m, Map<String, Double> probabilities) {
        return m.score() + weight * probabilities.getOrDefault(m.subCategory(), 0.0);
    }
}
