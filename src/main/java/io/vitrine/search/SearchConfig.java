package io.vitrine.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the engine is set up. {@code indexPath} empty keeps the index in memory (fine up to a few hundred
 * thousand products); a path keeps it on disk, rebuilt at every start. Signal weights shape the blend
 * {@code score x (1 + popularityWeight x p/(p+10) + ratingWeight x bayesianRating/5)}.
 */
public record SearchConfig(Optional<Path> indexPath, Synonyms synonyms, List<PriceBucket> priceRanges,
                           int maxQueryChars, int maxQueryWords, double popularityWeight, double ratingWeight) {

    /** Buckets in minor units: under 10, 10-25, 25-50, 50-100, 100-250, 250-500, 500-1000, 1000 and more. */
    public static final List<PriceBucket> DEFAULT_PRICE_RANGES = List.of(
            new PriceBucket(0, 1_000), new PriceBucket(1_000, 2_500), new PriceBucket(2_500, 5_000),
            new PriceBucket(5_000, 10_000), new PriceBucket(10_000, 25_000), new PriceBucket(25_000, 50_000),
            new PriceBucket(50_000, 100_000), new PriceBucket(100_000, Long.MAX_VALUE));

    public SearchConfig {
        Objects.requireNonNull(indexPath);
        Objects.requireNonNull(synonyms);
        priceRanges = List.copyOf(priceRanges);
        if (maxQueryChars < 16 || maxQueryWords < 1) {
            throw new IllegalArgumentException("query limits too small");
        }
        if (popularityWeight < 0 || ratingWeight < 0) {
            throw new IllegalArgumentException("signal weights must be >= 0");
        }
    }

    public static SearchConfig inMemory() {
        return new SearchConfig(Optional.empty(), Synonyms.none(), DEFAULT_PRICE_RANGES, 200, 12, 0.10, 0.05);
    }

    /**
     * The shop's configuration: the in-memory defaults with the synonyms of {@code synonymsFile}
     * ({@code vitrine.search.synonyms-file}), or the shipped list when it is not set.
     */
    public static SearchConfig forShop(Optional<String> synonymsFile) {
        return inMemory().withSynonyms(synonymsFile.map(f -> Synonyms.read(Path.of(f))).orElseGet(Synonyms::shipped));
    }

    public static SearchConfig onDisk(Path dir) {
        return inMemory().withIndexPath(dir);
    }

    public SearchConfig withIndexPath(Path dir) {
        return new SearchConfig(Optional.of(dir), synonyms, priceRanges, maxQueryChars, maxQueryWords, popularityWeight, ratingWeight);
    }

    public SearchConfig withSynonyms(Synonyms s) {
        return new SearchConfig(indexPath, s, priceRanges, maxQueryChars, maxQueryWords, popularityWeight, ratingWeight);
    }

    public SearchConfig withPriceRanges(List<PriceBucket> ranges) {
        return new SearchConfig(indexPath, synonyms, ranges, maxQueryChars, maxQueryWords, popularityWeight, ratingWeight);
    }

    public SearchConfig withSignalWeights(double popularity, double rating) {
        return new SearchConfig(indexPath, synonyms, priceRanges, maxQueryChars, maxQueryWords, popularity, rating);
    }
}
