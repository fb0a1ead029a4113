package io.vitrine.vision;

/**
 * How sure the model is that a photo shows something the shop sells, from the network's logits at the fitted
 * temperature: the largest calibrated probability, the largest logit, or the energy {@code T log sum exp(z / T)}.
 * Higher means more in-shop; which one separates in-shop from other photos best is chosen on validation photos.
 */
public enum InShopScore {
    MAX_PROBABILITY, MAX_LOGIT, ENERGY;

    public double of(float[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) {
            max = Math.max(max, z);
        }
        if (this == MAX_LOGIT) {
            return max;
        }
        double sum = 0;
        for (float z : logits) {
            sum += Math.exp((z - max) / temperature);
        }
        // the softmax's largest value is exp(0) / sum; the energy is T * (max / T + log sum)
        return this == MAX_PROBABILITY ? 1 / sum : max + temperature * Math.log(sum);
    }
}
