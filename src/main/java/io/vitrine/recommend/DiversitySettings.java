package io.vitrine.recommend;

import io.vitrine.platform.InvalidInputException;

/**
 * How diverse a served list must be: the largest share of a list of n that may come from one seller
 * ({@code vitrine.recommend.diversity.max-seller-share}) and from one sub-category
 * ({@code .max-sub-category-share}, not applied when the shopper asked for one sub-category); 0.5 each by default,
 * never fewer than 2 products. 1.0 turns a cap off. Read with the rest of {@link RecommendSettings}.
 */
public record DiversitySettings(double maxSellerShare, double maxSubCategoryShare) {

    public DiversitySettings {
        if (!(maxSellerShare > 0 && maxSellerShare <= 1) || !(maxSubCategoryShare > 0 && maxSubCategoryShare <= 1)) {
            throw new InvalidInputException("vitrine.recommend.diversity shares must be above 0 and at most 1");
        }
    }

    public static DiversitySettings defaults() {
        return new DiversitySettings(0.5, 0.5);
    }

    /** At most this many of a list of {@code n} from one seller. */
    public int perSeller(int n) {
        return cap(n, maxSellerShare);
    }

    /** At most this many of a list of {@code n} from one sub-category. */
    public int perSubCategory(int n) {
        return cap(n, maxSubCategoryShare);
    }

    private static int cap(int n, double share) {
        return share >= 1 ? Integer.MAX_VALUE : Math.max(2, (int) Math.ceil(n * share - 1e-9));
    }
}
