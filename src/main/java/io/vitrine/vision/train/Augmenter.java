package io.vitrine.vision.train;

import io.vitrine.vision.ImageTensors;

import java.util.Random;

/**
 * Random variations of a training tensor so the CNN learns the product, not the shot: mirror, a shift of up to
 * an eighth of the side (the uncovered edge is white, like the studio background) and colour jitter (brightness,
 * contrast, per-channel gain; colour never decides a sub-category).
 */
final class Augmenter {

    private final int size;
    private final int maxShift;

    Augmenter(int size) {
        this.size = size;
        this.maxShift = Math.max(1, size / 8);
    }

    float[] augment(float[] tensor, Random random) {
        int plane = size * size;
        float[] out = new float[tensor.length];
        boolean flip = random.nextBoolean();
        int dx = random.nextInt(2 * maxShift + 1) - maxShift;
        int dy = random.nextInt(2 * maxShift + 1) - maxShift;
        float brightness = (float) ((random.nextDouble() - 0.5) * 0.2);
        float contrast = (float) (0.8 + random.nextDouble() * 0.4);
        for (int c = 0; c < ImageTensors.CHANNELS; c++) {
            float gain = (float) (0.9 + random.nextDouble() * 0.2);
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
