package io.vitrine.vision.eval;

import io.vitrine.vision.Calibration;

import java.util.List;

/**
 * Temperature scaling (Guo et al. 2017): the one temperature {@code T} that minimises the mean negative
 * log-likelihood of the true classes under {@code softmax(z / T)} on held-out photos. The likelihood is smooth and
 * unimodal in {@code log T}, so a golden-section search over {@code T} in [0.05, 20] finds it.
 */
public final class TemperatureScaling {

    static final double MIN = 0.05;
    static final double MAX = 20;

    private TemperatureScaling() {
    }

    /** The fitted temperature for {@code logits[i]} whose true class is {@code labels[i]}. */
    public static double fit(List<float[]> logits, int[] labels) {
        if (logits.isEmpty() || logits.size() != labels.length) {
            throw new IllegalArgumentException("need as many labels as logits, and at least one");
        }
        double lo = Math.log(MIN);
        double hi = Math.log(MAX);
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = hi - ratio * (hi - lo);
        double b = lo + ratio * (hi - lo);
        double fa = nll(logits, labels, Math.exp(a));
        double fb = nll(logits, labels, Math.exp(b));
        for (int i = 0; i < 80 && hi - lo > 1e-6; i++) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - ratio * (hi - lo);
                fa = nll(logits, labels, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + ratio * (hi - lo);
                fb = nll(logits, labels, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** Mean negative log-likelihood of the true classes at temperature {@code t}. */
    public static double nll(List<float[]> logits, int[] labels, double t) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double p = Calibration.softmax(logits.get(i), t)[labels[i]];
            sum -= Math.log(Math.max(p, 1e-12));
        }
        return sum / labels.length;
    }
}
