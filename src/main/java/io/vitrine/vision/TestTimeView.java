package io.vitrine.vision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One way of looking at a network input again at test time (test-time augmentation): the model's logits are the
 * average of the logits of its views. Each view maps a {@code size x size} planar RGB tensor ({@link ImageTensors})
 * to another of the same shape; crops are 7/8 of the side, scaled back up bilinearly, and a zoom-out shrinks the
 * whole picture to 7/8 on the white of the letterbox. Which views a model uses is a property of its file
 * ({@link VisionModel#withViews}); {@link #PLAIN} alone is a single look, as every model had before.
 */
public enum TestTimeView {
    PLAIN, FLIP, GREY, ZOOM_IN, ZOOM_OUT, CROP_TOP_LEFT, CROP_TOP_RIGHT, CROP_BOTTOM_LEFT, CROP_BOTTOM_RIGHT,
    FLIP_ZOOM_IN, FLIP_ZOOM_OUT;

    public float[] apply(float[] t, int size) {
        if (t.length != ImageTensors.length(size)) {
            throw new IllegalArgumentException("tensor of length " + t.length + ", expected " + ImageTensors.length(size));
        }
        int c = size * 7 / 8;
        int o = size - c;
        return switch (this) {
            case PLAIN -> t.clone();
            case FLIP -> flip(t, size);
            case GREY -> grey(t, size);
            case ZOOM_IN -> crop(t, size, o / 2, o / 2, c);
            case ZOOM_OUT -> shrink(t, size, c);
            case CROP_TOP_LEFT -> crop(t, size, 0, 0, c);
            case CROP_TOP_RIGHT -> crop(t, size, o, 0, c);
            case CROP_BOTTOM_LEFT -> crop(t, size, 0, o, c);
            case CROP_BOTTOM_RIGHT -> crop(t, size, o, o, c);
            case FLIP_ZOOM_IN -> flip(crop(t, size, o / 2, o / 2, c), size);
            case FLIP_ZOOM_OUT -> flip(shrink(t, size, c), size);
        };
    }

    /** "plain,flip" -> [PLAIN, FLIP]; the first view must be {@link #PLAIN} (the embedding is the plain view's). */
    public static List<TestTimeView> parse(String text) {
        List<TestTimeView> views = new ArrayList<>();
        for (String name : text.split(",")) {
            views.add(valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        check(views);
        return List.copyOf(views);
    }

    public static String format(List<TestTimeView> views) {
        return String.join(",", views.stream().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
    }

    static void check(List<TestTimeView> views) {
        if (views.isEmpty() || views.get(0) != PLAIN || views.stream().distinct().count() != views.size()) {
            throw new IllegalArgumentException("views must start with plain and not repeat, got " + views);
        }
    }

    private static float[] flip(float[] t, int size) {
        float[] out = new float[t.length];
        for (int ch = 0; ch < ImageTensors.CHANNELS; ch++) {
            for (int y = 0; y < size; y++) {
                int row = (ch * size + y) * size;
                for (int x = 0; x < size; x++) {
                    out[row + x] = t[row + size - 1 - x];
                }
            }
        }
        return out;
    }

    /** Rec. 601 luma in all three channels: a colour-blind look, for photos whose colours the drawings never had. */
    private static float[] grey(float[] t, int size) {
        int plane = size * size;
        float[] out = new float[t.length];
        for (int i = 0; i < plane; i++) {
            float g = 0.299f * t[i] + 0.587f * t[plane + i] + 0.114f * t[2 * plane + i];
            out[i] = g;
            out[plane + i] = g;
            out[2 * plane + i] = g;
        }
        return out;
    }

    /** The {@code c x c} square at ({@code x0}, {@code y0}) scaled back up to {@code size x size}, bilinear. */
    private static float[] crop(float[] t, int size, int x0, int y0, int c) {
        float[] out = new float[t.length];
        double s = (double) c / size;
        for (int ch = 0; ch < ImageTensors.CHANNELS; ch++) {
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    out[(ch * size + y) * size + x] = sample(t, size, ch, x0 + (x + 0.5) * s - 0.5, y0 + (y + 0.5) * s - 0.5);
                }
            }
        }
        return out;
    }

    /** The whole picture shrunk to {@code c x c}, centred on white. */
    private static float[] shrink(float[] t, int size, int c) {
        float[] out = new float[t.length];
        Arrays.fill(out, 1f);
        int o = (size - c) / 2;
        double s = (double) size / c;
        for (int ch = 0; ch < ImageTensors.CHANNELS; ch++) {
            for (int y = 0; y < c; y++) {
                for (int x = 0; x < c; x++) {
                    out[(ch * size + y + o) * size + x + o] = sample(t, size, ch, (x + 0.5) * s - 0.5, (y + 0.5) * s - 0.5);
                }
            }
        }
        return out;
    }

    private static float sample(float[] t, int size, int ch, double x, double y) {
        x = Math.max(0, Math.min(size - 1, x));
        y = Math.max(0, Math.min(size - 1, y));
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        int x1 = Math.min(size - 1, x0 + 1);
        int y1 = Math.min(size - 1, y0 + 1);
        double fx = x - x0;
        double fy = y - y0;
        int base = ch * size * size;
        double top = t[base + y0 * size + x0] * (1 - fx) + t[base + y0 * size + x1] * fx;
        double bottom = t[base + y1 * size + x0] * (1 - fx) + t[base + y1 * size + x1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }
}
