package io.vitrine.experiment.analysis;

/**
 * What one variant measured on its visitors: how many, and the sum and sum of squares of the per-visitor metric
 * (1 or 0 for a rate such as click-through, an amount for revenue per visitor). Immutable; {@link #plus} adds a visitor.
 */
public record Sample(long n, double sum, double sumOfSquares) {

    public Sample {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
    }

    public static Sample empty() {
        return new Sample(0, 0, 0);
    }

    /** {@code successes} of {@code n} visitors (a rate): each contributes 1 or 0. */
    public static Sample ofRate(long successes, long n) {
        return new Sample(n, successes, successes);
    }

    public Sample plus(double value) {
        return new Sample(n + 1, sum + value, sumOfSquares + value * value);
    }

    public Sample plus(Sample other) {
        return new Sample(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares);
    }

    public double mean() {
        return n == 0 ? 0 : sum / n;
    }

    /** The sample variance (n - 1 in the denominator); 0 below two visitors. */
    public double variance() {
        if (n < 2) {
            return 0;
        }
        return Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
    }

    /** The variance of the mean. */
    public double varianceOfMean() {
        return n == 0 ? Double.POSITIVE_INFINITY : variance() / n;
    }

    /** Wilson's score interval of a rate (every value 0 or 1): sound at small counts and near 0 %. */
    public Interval wilson(double confidence) {
        double z = Normal.twoSided(1 - confidence);
        if (n == 0) {
            return new Interval(0, 0, 1);
        }
        double p = mean();
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The normal interval of a mean (revenue per visitor). */
    public Interval normal(double confidence) {
        double half = n == 0 ? Double.POSITIVE_INFINITY : Normal.twoSided(1 - confidence) * Math.sqrt(varianceOfMean());
        return new Interval(mean(), mean() - half, mean() + half);
    }

    /** A point estimate with its interval. */
    public record Interval(double estimate, double low, double high) {
    }
}
