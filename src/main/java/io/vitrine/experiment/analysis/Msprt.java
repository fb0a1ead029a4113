package io.vitrine.experiment.analysis;

/**
 * The mixture sequential probability ratio test (Johari, Pekelis, Walsh 2017) for the difference of two means (rates
 * or revenue per visitor), with a normal mixture N(0, tau^2) over the true difference. With d the observed
 * difference B - A and V its variance (varA/nA + varB/nB), the likelihood ratio is
 * Lambda = sqrt(V / (V + tau^2)) exp(tau^2 d^2 / (2 V (V + tau^2))); under "no difference" it is a martingale, so by
 * Ville's inequality the chance that it ever reaches 1/alpha is at most alpha, however often one looks. The
 * always-valid p-value is 1/Lambda (its running minimum over the looks) and the matching confidence sequence is
 * d +- sqrt(V (V + tau^2) / tau^2 (2 ln(1/alpha) + ln((V + tau^2) / V))).
 *
 * @param alpha the false-positive rate over the whole experiment, looks included
 * @param tau2  the mixture variance: about the square of the difference one hopes to detect
 */
public record Msprt(double alpha, double tau2) {

    public Msprt {
        if (!(alpha > 0 && alpha < 1) || !(tau2 > 0)) {
            throw new IllegalArgumentException("alpha in (0, 1) and tau2 > 0 required");
        }
    }

    /** The test's reading at one look: difference B - A with its confidence sequence, and the always-valid p-value. */
    public record Reading(double difference, double low, double high, double pValue, boolean decided) {

        /** B better (+1), A better (-1), or not decided (0). */
        public int sign() {
            return decided ? (int) Math.signum(difference) : 0;
        }
    }

    public Reading read(Sample a, Sample b) {
        double v = a.varianceOfMean() + b.varianceOfMean();
        double d = b.mean() - a.mean();
        if (a.n() < 2 || b.n() < 2 || !(v > 0) || Double.isInfinite(v)) {
            return new Reading(d, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, false);
        }
        double logLambda = 0.5 * Math.log(v / (v + tau2)) + tau2 * d * d / (2 * v * (v + tau2));
        double p = Math.min(1, Math.exp(-logLambda));
        double half = Math.sqrt(v * (v + tau2) / tau2 * (2 * Math.log(1 / alpha) + Math.log((v + tau2) / v)));
        return new Reading(d, d - half, d + half, p, p <= alpha);
    }
}
