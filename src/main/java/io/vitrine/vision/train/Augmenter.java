package io.vitrine.vision.train;

import io.vitrine.vision.ImageTensors;

import java.util.Random;

/**
 * Random variations of a training tensor so the CNN learns the product, not the shot: mirror, a shift of up to
 * an eighth of the side (the uncovered edge is white, like the studio background) and colour jitter (brightness
 * +-0.1, contrast and per-channel gain +-20% / +-10%; colour never decides a sub-category). {@code strength}
 * scales the shift and the jitter.
 */
final class Augmenter {

    private final int size;
    private final int maxShift;
    private final double strength;

    Augmenter(int size, double strength) {
        this.size = size;
        this.maxShift = (int) Math.round(size / 8.0 * strength);
        this.strength = strength;
    }

    float[] augment(float[] tensor, Random random) {
        int plane = size * size;
        float[] out = new float[tensor.length];
        boolean flip = random.nextBoolean();
        int dx = random.nextInt(2 * maxShift + 1) - maxShift;
        int dy = random.nextInt(2 * maxShift + 1) - maxShift;
        float brightness = (float) ((random.nextDouble() - 0.5) * 0.2 * strength);
        float contrast = (float) (1 + (random.nextDouble() - 0.5) * 0.4 * strength);
        for (int c = 0; c < ImageTensors.CHANNELS; c++) {
            float gain = (float) (1 + (random.nextDouble() - 0.5) * 0.2 * strength);
            int base = c * plane;
            for (int y = 0; y < size; y++) {
                int sy = y - dy;
                for (int x = 0; x < size; x++) {
                    int sx = flip ? size - 1 - (x - dx) : x - dx;
                    float v = sy < 0 || sy >= size || sx < 0 || sx >= size ? 1f : tensor[base + sy * size + sx];
                    v = ((v - 0.5f) * contrast + 0.5f + brightness) * gain;
                    out[base + y * size + x] = Math.max(0f, Math.min(1f, v));
                }
            }
        }
        return out;
    }
}
