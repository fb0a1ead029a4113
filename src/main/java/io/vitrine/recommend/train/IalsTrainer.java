package io.vitrine.recommend.train;

import io.vitrine.recommend.IalsRecommender;
import io.vitrine.recommend.Interactions;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Implicit ALS with confidence c = 1 + alpha x weight and preference 1 on observed pairs, 0 elsewhere. Each
 * half-step updates every row with a few conjugate-gradient steps warm-started from its current value (Takacs,
 * Pilaszy, Tikk 2011) instead of a k x k solve; the unobserved part enters through the k x k Gramian only.
 */
public record IalsTrainer(int factors, double lambda, double alpha, int iterations, int cgSteps, long seed) {

    public IalsTrainer {
        if (factors < 1 || !(lambda > 0) || alpha < 0 || iterations < 1 || cgSteps < 1) {
            throw new IllegalArgumentException("bad iALS parameters");
        }
    }

    public IalsRecommender train(Interactions data) {
        int k = factors;
        int nu = data.userCount();
        int ni = data.itemCount();
        Random random = new Random(seed);
        float[] users = new float[nu * k];
        float[] items = new float[ni * k];
        for (int i = 0; i < items.length; i++) {
            items[i] = (float) (random.nextGaussian() * 0.01);
        }
        int[][] userRows = new int[nu][];
        float[][] userConf = new float[nu][];
        for (int u = 0; u < nu; u++) {
            userRows[u] = data.itemsOf(u);
            userConf[u] = confidence(data.weightsOf(u));
        }
        int[][] itemRows = new int[ni][];
        float[][] itemConf = new float[ni][];
        for (int i = 0; i < ni; i++) {
            itemRows[i] = data.usersOf(i);
            itemConf[i] = confidence(data.userWeightsOf(i));
        }
        for (int it = 0; it < iterations; it++) {
            halfStep(users, items, userRows, userConf, nu, k);
            halfStep(items, users, itemRows, itemConf, ni, k);
        }
        return new IalsRecommender(data.items(), k, items, lambda, alpha);
    }

    private float[] confidence(float[] weights) {
        float[] c = new float[weights.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (float) (1 + alpha * weights[i]);
        }
        return c;
    }

    /** Updates each row of {@code target} given the fixed {@code other} factors. */
    private void halfStep(float[] target, float[] other, int[][] rows, float[][] conf, int n, int k) {
        double[] gram = new double[k * k];
        int m = other.length / k;
        for (int j = 0; j < m; j++) {
            for (int a = 0; a < k; a++) {
                double ya = other[j * k + a];
                for (int b = 0; b < k; b++) {
                    gram[a * k + b] += ya * other[j * k + b];
                }
            }
        }
        IntStream.range(0, n).parallel().forEach(r -> conjugateGradient(target, r, other, rows[r], conf[r], gram, k));
    }

    /** A = G + lambda I + sum (c-1) y y', b = sum c y; a few CG steps on A x = b from the current x. */
    private void conjugateGradient(float[] target, int row, float[] other, int[] cols, float[] conf, double[] gram, int k) {
        double[] x = new double[k];
        for (int p = 0; p < k; p++) {
            x[p] = target[row * k + p];
        }
        double[] ax = multiply(x, other, cols, conf, gram, k);
        double[] r = new double[k];
        for (int t = 0; t < cols.length; t++) {
            for (int p = 0; p < k; p++) {
                r[p] += conf[t] * other[cols[t] * k + p];
            }
        }
        for (int p = 0; p < k; p++) {
            r[p] -= ax[p];
        }
        double[] d = r.clone();
        double rr = dot(r, r);
        for (int step = 0; step < cgSteps && rr > 1e-12; step++) {
            double[] ad = multiply(d, other, cols, conf, gram, k);
            double a = rr / dot(d, ad);
            for (int p = 0; p < k; p++) {
                x[p] += a * d[p];
                r[p] -= a * ad[p];
            }
            double rrNew = dot(r, r);
            for (int p = 0; p < k; p++) {
                d[p] = r[p] + rrNew / rr * d[p];
            }
            rr = rrNew;
        }
        for (int p = 0; p < k; p++) {
            target[row * k + p] = (float) x[p];
        }
    }

    private double[] multiply(double[] v, float[] other, int[] cols, float[] conf, double[] gram, int k) {
        double[] out = new double[k];
        for (int a = 0; a < k; a++) {
            double s = lambda * v[a];
            for (int b = 0; b < k; b++) {
                s += gram[a * k + b] * v[b];
            }
            out[a] = s;
        }
        for (int t = 0; t < cols.length; t++) {
            int base = cols[t] * k;
            double yv = 0;
            for (int p = 0; p < k; p++) {
                yv += other[base + p] * v[p];
            }
            double w = (conf[t] - 1) * yv;
            for (int p = 0; p < k; p++) {
                out[p] += w * other[base + p];
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Override
    public String toString() {
        return "IalsTrainer[k=" + factors + ", lambda=" + lambda + ", alpha=" + alpha + ", iterations=" + iterations + "]";
    }
}
