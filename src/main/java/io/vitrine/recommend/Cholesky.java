package io.vitrine.recommend;

/** Dense solve of a small symmetric positive definite system (k about 100): a native call would cost more than it saves. */
final class Cholesky {

    private Cholesky() {
    }

    /** Solves a x = b for row-major SPD {@code a} (overwritten with its factor). */
    static double[] solve(double[] a, double[] b, int k) {
        for (int j = 0; j < k; j++) {
            double d = a[j * k + j];
            for (int p = 0; p < j; p++) {
                d -= a[j * k + p] * a[j * k + p];
            }
            if (!(d > 0)) {
                throw new IllegalStateException("matrix not positive definite");
            }
            d = Math.sqrt(d);
            a[j * k + j] = d;
            for (int i = j + 1; i < k; i++) {
                double s = a[i * k + j];
                for (int p = 0; p < j; p++) {
                    s -= a[i * k + p] * a[j * k + p];
                }
                a[i * k + j] = s / d;
            }
        }
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            double s = b[i];
            for (int p = 0; p < i; p++) {
                s -= a[i * k + p] * y[p];
            }
            y[i] = s / a[i * k + i];
        }
        double[] x = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double s = y[i];
            for (int p = i + 1; p < k; p++) {
                s -= a[p * k + i] * x[p];
            }
            x[i] = s / a[i * k + i];
        }
        return x;
    }
}
