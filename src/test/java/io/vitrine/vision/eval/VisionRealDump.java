package io.vitrine.vision.eval;

import io.vitrine.vision.ImageDecoder;
import io.vitrine.vision.ImageTensors;
import io.vitrine.vision.TestTimeView;
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
 * every {@link TestTimeView}, written as the network's penultimate activations (raw, not normalised) so that scores can be tried
 * offline. {@code java -cp ... io.vitrine.vision.eval.VisionRealDump <model.zip> <out dir> [data dir]}
 */
final class VisionRealDump {

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--time")) {
            time(Path.of(args[1]));
            return;
        }
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

    /**
     * {@code --time <model.zip>}: process CPU and wall time per photo of {@link io.vitrine.vision.VisionModel#analyse}
     * one photo at a time (as the shop serves an upload), with the plain view alone and with the model's views.
     */
    private static void time(Path file) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        io.vitrine.vision.VisionModel model = io.vitrine.vision.VisionModel.load(file);
        List<float[]> photos = ShippedCalibration.heldOutShopPhotos(model.inputSize()).stream().map(LabelledImage::tensor).limit(200).toList();
        for (int round = 0; round < 3; round++) {
            for (io.vitrine.vision.VisionModel m : List.of(model.withViews(List.of(TestTimeView.PLAIN)), model)) {
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                for (float[] p : photos) {
                    m.analyse(List.of(p));
                }
                System.out.printf(java.util.Locale.ROOT, "round %d, views %s: %.2f CPU-ms, %.2f wall-ms per photo (load average %.1f)%n", round,
                        TestTimeView.format(m.views()), (os.getProcessCpuTime() - cpu) / 1e6 / photos.size(),
                        (System.nanoTime() - wall) / 1e6 / photos.size(), os.getSystemLoadAverage());
            }
        }
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

    /** Every {@link TestTimeView}, in declaration order (the order the offline script reads). */
    static List<UnaryOperator<float[]>> views(int size) {
        return java.util.Arrays.stream(TestTimeView.values()).<UnaryOperator<float[]>>map(v -> t -> v.apply(t, size)).toList();
    }
}
