package io.vitrine.vision;

/** Small vector helpers shared by the model and the indexes. */
public final class Vectors {

    private Vectors() {
    }

    /** A unit-length copy; a zero vector (a dead ReLU layer) stays zero rather than becoming NaN. */
    public static float[] normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float[] out = v.clone();
        if (sum == 0) {
            return out;
        }
        float inv = (float) (1.0 / Math.sqrt(sum));
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
        return out;
    }

    public static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }
}
