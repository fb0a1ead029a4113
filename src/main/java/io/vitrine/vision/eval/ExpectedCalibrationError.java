package io.vitrine.vision.eval;

/**
 * Expected calibration error of top-1 answers: predictions are put in {@code bins} equal-width bins of confidence
 * ((0, 1/b], ..., ((b-1)/b, 1]); ECE is the mean over bins of |accuracy - mean confidence|, weighted by the share of
 * predictions in each bin.
 */
public final class ExpectedCalibrationError {

    private ExpectedCalibrationError() {
    }

    public static double of(double[] confidence, boolean[] correct, int bins) {
        if (confidence.length != correct.length || bins <= 0) {
            throw new IllegalArgumentException("one correctness per confidence, and at least one bin");
        }
        if (confidence.length == 0) {
            return 0;
        }
        double[] conf = new double[bins];
        int[] hits = new int[bins];
        int[] count = new int[bins];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(bins - 1, Math.max(0, (int) Math.ceil(confidence[i] * bins) - 1));
            conf[b] += confidence[i];
            hits[b] += correct[i] ? 1 : 0;
            count[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                ece += Math.abs((double) hits[b] / count[b] - conf[b] / count[b]) * count[b] / confidence.length;
            }
        }
        return ece;
    }
}
