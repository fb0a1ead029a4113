package io.vitrine.vision.eval;

import io.vitrine.vision.ImageDecoder;
import io.vitrine.vision.ImageTensors;
import io.vitrine.vision.train.LabelledImage;
import io.vitrine.vision.train.ShippedCalibration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Exploration for session 12 (issue 16): the validation part of {@link VisionRealBenchmark} only (never the test
 * part), the demo store's own training photos and its held-out photos, each through the candidate test-time views of
 * {@link #VIEWS}, written as the network's penultimate activations (raw, not normalised) so that scores can be tried
 * offline. {@code java -cp ... io.vitrine.vision.eval.VisionRealDump <model.zip> <out dir> [data dir]}
 */
final class VisionRealDump {

    static final List<String> VIEW_NAMES = List.of("plain", "flip", "grey", "zoom-in", "zoom-out", "crop-tl", "crop-tr",
            "crop-bl", "crop-br", "flip-zoom-in", "flip-zoom-out");

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path data = Path.of(args.length > 2 ? args[2] : "../shared/datasets");
        Files.createDirectories(out);
        MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
        int size = 32;
        VisionRealBenchmark.Parts parts = VisionRealBenchmark.parts(data.resolve("fashion-products"));
        ImageDecoder decoder = new ImageDecoder();
        List<String> labels = new ArrayList<>();
        List<float[]> val = new ArrayList<>(parts.validation().parallelStream().map(p -> {
            try {
                return ImageTensors.letterbox(decoder.decode(Files.readAllBytes(p.file())).rgb(), size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList());
        parts.validation().forEach(p -> labels.add(p.group() + "\t" + (p.subCategory() == null ? "-" : p.subCategory())));
        for (int i = 0; i < VisionRealBenchmark.GENERATED / 2; i++) {
            val.add(ImageTensors.letterbox(GeneratedOutliers.noise(i), size));
            labels.add("noise\t-");
        }
        for (int i = 0; i < VisionRealBenchmark.GENERATED / 2; i++) {
            val.add(ImageTensors.letterbox(GeneratedOutliers.landscape(i), size));
            labels.add("landscape\t-");
        }
        write(network, val, size, out.resolve("val.bin"));
        Files.write(out.resolve("val.txt"), labels);
        List<LabelledImage> shop = ShippedCalibration.shopPhotos(size);
        write(network, shop.stream().map(LabelledImage::tensor).toList(), size, out.resolve("ref.bin"));
        Files.write(out.resolve("ref.txt"), shop.stream().map(LabelledImage::subCategory).toList());
        List<LabelledImage> held = ShippedCalibration.heldOutShopPhotos(size);
        write(network, held.stream().map(LabelledImage::tensor).toList(), size, out.resolve("held.bin"));
        Files.write(out.resolve("held.txt"), held.stream().map(LabelledImage::subCategory).toList());
        var output = network.getLayer(network.getnLayers() - 1);
        try (var w = new DataOutputStream(Files.newOutputStream(out.resolve("output.bin")))) {
            for (float v : output.getParam("W").castTo(DataType.FLOAT).dup('c').data().asFloat()) {
                w.writeFloat(v);
            }
            for (float v : output.getParam("b").castTo(DataType.FLOAT).data().asFloat()) {
                w.writeFloat(v);
            }
        }
        System.out.println("dumped " + val.size() + " validation, " + shop.size() + " shop and " + held.size() + " held-out pictures");
    }

    /** n x views x hidden floats, big-endian. */
    private static void write(MultiLayerNetwork network, List<float[]> tensors, int size, Path file) throws IOException {
        List<UnaryOperator<float[]>> views = views(size);
        try (var w = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            for (int from = 0; from < tensors.size(); from += 64) {
                List<float[]> batch = tensors.subList(from, Math.min(tensors.size(), from + 64));
                float[][][] hidden = new float[views.size()][][];
                for (int v = 0; v < views.size(); v++) {
                    int length = ImageTensors.length(size);
                    float[] flat = new float[batch.size() * length];
                    for (int i = 0; i < batch.size(); i++) {
                        System.arraycopy(views.get(v).apply(batch.get(i)), 0, flat, i * length, length);
                    }
                    INDArray input = Nd4j.create(flat, new long[] {batch.size(), 3, size, size}, 'c');
                    List<INDArray> a = network.feedForward(input, false);
                    hidden[v] = a.get(a.size() - 2).castTo(DataType.FLOAT).toFloatMatrix();
                }
                for (int i = 0; i < batch.size(); i++) {
                    for (int v = 0; v < views.size(); v++) {
                        for (float x : hidden[v][i]) {
                            w.writeFloat(x);
                        }
                    }
                }
            }
        }
    }

    static List<UnaryOperator<float[]>> views(int size) {
        int c = size * 7 / 8;
        int o = size - c;
        return List.of(t -> t, t -> flip(t, size), t -> grey(t, size), t -> crop(t, size, o / 2, o / 2, c),
                t -> shrink(t, size, c), t -> crop(t, size, 0, 0, c), t -> crop(t, size, o, 0, c), t -> crop(t, size, 0, o, c),
                t -> crop(t, size, o, o, c), t -> flip(crop(t, size, o / 2, o / 2, c), size), t -> flip(shrink(t, size, c), size));
    }

    static float[] flip(float[] t, int size) {
        float[] out = new float[t.length];
        for (int ch = 0; ch < 3; ch++) {
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    out[(ch * size + y) * size + x] = t[(ch * size + y) * size + size - 1 - x];
                }
            }
        }
        return out;
    }

    static float[] grey(float[] t, int size) {
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

    /** The c x c square at (x0, y0) scaled back up to size x size, bilinear. */
    static float[] crop(float[] t, int size, int x0, int y0, int c) {
        float[] out = new float[t.length];
        double s = (double) c / size;
        for (int ch = 0; ch < 3; ch++) {
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    out[(ch * size + y) * size + x] = sample(t, size, ch, x0 + (x + 0.5) * s - 0.5, y0 + (y + 0.5) * s - 0.5);
                }
            }
        }
        return out;
    }

    /** The whole picture shrunk to c x c, centred on white. */
    static float[] shrink(float[] t, int size, int c) {
        float[] out = new float[t.length];
        java.util.Arrays.fill(out, 1f);
        int o = (size - c) / 2;
        double s = (double) size / c;
        for (int ch = 0; ch < 3; ch++) {
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
