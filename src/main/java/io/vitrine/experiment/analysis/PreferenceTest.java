package io.vitrine.experiment.analysis;

/**
 * The tests of an interleaving experiment, on the shoppers who preferred one side (ties left out): under "no
 * difference" each preference is B with probability 1/2. {@link #signTest} is the exact two-sided binomial p-value
 * for a single look; {@link #alwaysValid} the sequential one, a Beta(k, k) mixture over the preference probability:
 * Lambda = B(k + wins, k + losses) / B(k, k) / 0.5^n is a martingale under the null, so rejecting when it reaches
 * 1/alpha keeps the false-positive rate at alpha whenever one looks. A larger {@code k} bets on preferences near 1/2
 * (small effects) and reaches them sooner; k = 1 is the uniform mixture.
 */
public final class PreferenceTest {

    private PreferenceTest() {
    }

    /** Exact two-sided sign test: 2 P(X >= max(winsB, winsA)) for X ~ Bin(n, 1/2), at most 1. */
    public static double signTest(long winsB, long winsA) {
        long n = winsA + winsB;
        if (n == 0) {
            return 1;
        }
        long k = Math.max(winsA, winsB);
        double tail = 0;
        for (long i = k; i <= n; i++) {
            tail += Math.exp(logChoose(n, i) - n * Math.log(2));
        }
        return Math.min(1, 2 * tail);
    }

    /** The always-valid p-value 1 / Lambda of the Beta(k, k) mixture, at most 1. */
    public static double alwaysValid(long winsB, long winsA, double k) {
        if (!(k > 0)) {
            throw new IllegalArgumentException("k must be > 0");
        }
        long n = winsA + winsB;
        double logLambda = Normal.logBeta(k + winsB, k + winsA) - Normal.logBeta(k, k) + n * Math.log(2);
        return Math.min(1, Math.exp(-logLambda));
    }

    private static double logChoose(long n, long k) {
        return Normal.logGamma(n + 1.0) - Normal.logGamma(k + 1.0) - Normal.logGamma(n - k + 1.0);
    }
}
