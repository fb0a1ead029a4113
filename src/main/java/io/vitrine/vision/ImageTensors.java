package io.vitrine.vision;

import java.awt.image.BufferedImage;

/**
 * Network input: an image letterboxed into a {@code size x size} square (aspect kept, padded with white, the
 * background of catalogue photos) as planar RGB floats in [0, 1], channel-first (the layout DL4J's CNNs take).
 */
public final class ImageTensors {

    public static final int CHANNELS = 3;

    private ImageTensors() {
    }

    public static int length(int size) {
        return CHANNELS * size * size;
    }

    /** Area-averaging downscale (no aliasing when a 224 px photo becomes 32 px); upscaling uses nearest pixels. */
    public static float[] letterbox(BufferedImage image, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        double scale = Math.min((double) size / w, (double) size / h);
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        int ox = (size - tw) / 2;
        int oy = (size - th) / 2;
        int plane = size * size;
        float[] out = new float[CHANNELS * plane];
        java.util.Arrays.fill(out, 1f);
        for (int ty = 0; ty < th; ty++) {
            int y0 = (int) ((long) ty * h / th);
            int y1 = Math.max(y0 + 1, (int) ((long) (ty + 1) * h / th));
            for (int tx = 0; tx < tw; tx++) {
                int x0 = (int) ((long) tx * w / tw);
                int x1 = Math.max(x0 + 1, (int) ((long) (tx + 1) * w / tw));
                long r = 0;
                long g = 0;
                long b = 0;
                for (int y = y0; y < y1; y++) {
                    int row = y * w;
                    for (int x = x0; x < x1; x++) {
                        int p = argb[row + x];
                        r += (p >> 16) & 0xff;
                        g += (p >> 8) & 0xff;
                        b += p & 0xff;
                    }
                }
                float n = (y1 - y0) * (x1 - x0) * 255f;
                int at = (oy + ty) * size + ox + tx;
                out[at] = r / n;
                out[plane + at] = g / n;
                out[2 * plane + at] = b / n;
            }
        }
        return out;
    }
}
