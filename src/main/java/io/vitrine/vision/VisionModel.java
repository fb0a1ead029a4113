package io.vitrine.vision;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A trained photo classifier: the embedding is the layer before the softmax, L2-normalised so that a dot product
 * is the cosine; the sub-category probabilities are the softmax of the output layer's logits at the temperature of
 * its {@link Calibration}, which also says whether a photo is a close match for anything the shop sells (from the
 * logits and, if the calibration says so, the embedding's nearest reference photo of the shop). The logits may be the
 * average over several {@link TestTimeView}s of the photo (a property of the model file, {@link #withViews}); the
 * embedding is always the plain view's, so the visual index compares what it always did. Immutable
 * once built (the network is never handed out or trained again); safe for concurrent callers, who take turns
 * because DL4J's feed-forward keeps per-call state in the network.
 */
public final class VisionModel {

    /** Hard cap per forward pass: keeps ND4J's off-heap buffers small whatever a caller passes. */
    public static final int MAX_BATCH = 64;

    private static final String META_KEY = "vitrine-vision.properties";
    private static final String NEAREST_PREFIX = "nearest.";

    private final MultiLayerNetwork network;
    private final List<String> subCategories;
    private final int inputSize;
    private final int embeddingSize;
    private final Calibration calibration;
    private final List<TestTimeView> views;
    /** The output layer's weights [embedding][class] and biases, copied once: logits are computed in Java. */
    private final float[][] weights;
    private final float[] biases;
    private final ReentrantLock lock;
    private volatile String fingerprint;

    private VisionModel(MultiLayerNetwork network, List<String> subCategories, int inputSize, Calibration calibration,
                        List<TestTimeView> views, ReentrantLock lock) {
        TestTimeView.check(views);
        this.views = List.copyOf(views);
        this.network = network;
        this.subCategories = List.copyOf(subCategories);
        this.inputSize = inputSize;
        this.calibration = java.util.Objects.requireNonNull(calibration);
        this.lock = lock;
        int layers = network.getnLayers();
        long classes = network.layerSize(layers - 1);
        if (classes != subCategories.size()) {
            throw new IllegalArgumentException("network has " + classes + " outputs for " + subCategories.size() + " sub-categories");
        }
        this.embeddingSize = (int) network.layerSize(layers - 2);
        var output = network.getLayer(layers - 1);
        this.weights = output.getParam("W").castTo(DataType.FLOAT).toFloatMatrix();
        this.biases = output.getParam("b").castTo(DataType.FLOAT).toFloatVector();
    }

    /** Wraps a freshly trained network; the caller must not use {@code network} afterwards. */
    public static VisionModel of(MultiLayerNetwork network, List<String> subCategories, int inputSize) {
        return new VisionModel(network, subCategories, inputSize, Calibration.NONE, PLAIN_ONLY, new ReentrantLock());
    }

    private static final List<TestTimeView> PLAIN_ONLY = List.of(TestTimeView.PLAIN);

    /** The same network (and its lock: the two share forward passes) and views with another calibration. */
    public VisionModel withCalibration(Calibration c) {
        return new VisionModel(network, subCategories, inputSize, c, views, lock);
    }

    /**
     * The same network, lock and calibration, with logits averaged over {@code v} (which starts with
     * {@link TestTimeView#PLAIN}): a calibration fitted under other views should be fitted again.
     */
    public VisionModel withViews(List<TestTimeView> v) {
        return new VisionModel(network, subCategories, inputSize, calibration, v, lock);
    }

    public List<TestTimeView> views() {
        return views;
    }

    public Calibration calibration() {
        return calibration;
    }

    /** A copy of the network's parameters (one flat vector), to start a fine-tuning from. */
    public INDArray parameters() {
        lock.lock();
        try {
            return network.params().dup();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The same network and sub-categories with other parameters (one flat vector as {@link #parameters()} gives,
     * e.g. an average of fine-tuned models), no calibration: a new model, this one unchanged.
     */
    public VisionModel withParameters(INDArray parameters) {
        lock.lock();
        try {
            if (parameters.length() != network.numParams()) {
                throw new IllegalArgumentException("expected " + network.numParams() + " parameters, got " + parameters.length());
            }
            MultiLayerNetwork copy = network.clone();
            copy.setParams(parameters.dup());
            return new VisionModel(copy, subCategories, inputSize, Calibration.NONE, PLAIN_ONLY, new ReentrantLock());
        } finally {
            lock.unlock();
        }
    }

    /**
     * SHA-256 of the network's parameters and input size, in hex: two models with the same fingerprint embed every
     * photo alike (the calibration does not change embeddings). Computed once per instance.
     */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                float[] values = parameters().castTo(DataType.FLOAT).data().asFloat();
                ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * values.length);
                buffer.putInt(inputSize);
                buffer.asFloatBuffer().put(values);
                sha.update(buffer.array());
                f = HexFormat.of().formatHex(sha.digest());
                fingerprint = f;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
        return f;
    }

    public List<String> subCategories() {
        return subCategories;
    }

    public int inputSize() {
        return inputSize;
    }

    public int embeddingSize() {
        return embeddingSize;
    }

    public PhotoAnalysis analyse(BufferedImage image) {
        return analyse(List.of(ImageTensors.letterbox(image, inputSize))).get(0);
    }

    /**
     * Analyses tensors made by {@link ImageTensors#letterbox} at {@link #inputSize()}: every view of up to
     * {@link #MAX_BATCH} / (number of views) photos in one forward pass of at most {@link #MAX_BATCH} inputs.
     */
    public List<PhotoAnalysis> analyse(List<float[]> tensors) {
        List<PhotoAnalysis> out = new ArrayList<>(tensors.size());
        int step = Math.max(1, MAX_BATCH / views.size());
        for (int from = 0; from < tensors.size(); from += step) {
            List<float[]> batch = tensors.subList(from, Math.min(tensors.size(), from + step));
            checkLengths(batch);
            int n = batch.size();
            List<float[]> inputs = new ArrayList<>(n * views.size());
            for (TestTimeView view : views) {
                for (float[] t : batch) {
                    inputs.add(view == TestTimeView.PLAIN ? t : view.apply(t, inputSize));
                }
            }
            // rows [v * n, (v + 1) * n) are view v of the batch; view 0 is the plain one
            float[][] hidden = hidden(inputs);
            for (int i = 0; i < n; i++) {
                float[] logits = logits(hidden[i]);
                for (int v = 1; v < views.size(); v++) {
                    float[] z = logits(hidden[v * n + i]);
                    for (int c = 0; c < z.length; c++) {
                        logits[c] += z[c];
                    }
                }
                for (int c = 0; c < logits.length; c++) {
                    logits[c] /= views.size();
                }
                float[] embedding = Vectors.normalise(hidden[i]);
                double score = calibration.inShopScore(logits, embedding);
                out.add(new PhotoAnalysis(rank(calibration.probabilities(logits)), embedding, logits, score,
                        calibration.closeMatch(score)));
            }
        }
        return out;
    }

    /**
     * The unit embeddings of tensors made by {@link ImageTensors#letterbox}, the plain view only (what
     * {@link #analyse} returns as {@link PhotoAnalysis#embedding()}, without the other views' passes): for indexing.
     */
    public List<float[]> embed(List<float[]> tensors) {
        List<float[]> out = new ArrayList<>(tensors.size());
        for (int from = 0; from < tensors.size(); from += MAX_BATCH) {
            List<float[]> batch = tensors.subList(from, Math.min(tensors.size(), from + MAX_BATCH));
            checkLengths(batch);
            for (float[] h : hidden(batch)) {
                out.add(Vectors.normalise(h));
            }
        }
        return out;
    }

    private void checkLengths(List<float[]> batch) {
        int length = ImageTensors.length(inputSize);
        for (float[] t : batch) {
            if (t.length != length) {
                throw new IllegalArgumentException("tensor of length " + t.length + ", expected " + length);
            }
        }
    }

    /** The penultimate layer's activations (not normalised) of a batch of network inputs. */
    private float[][] hidden(List<float[]> batch) {
        int length = ImageTensors.length(inputSize);
        float[] flat = new float[batch.size() * length];
        for (int i = 0; i < batch.size(); i++) {
            System.arraycopy(batch.get(i), 0, flat, i * length, length);
        }
        INDArray input = Nd4j.create(flat, new long[] {batch.size(), ImageTensors.CHANNELS, inputSize, inputSize}, 'c');
        lock.lock();
        try {
            List<INDArray> activations = network.feedForward(input, false);
            return activations.get(activations.size() - 2).castTo(DataType.FLOAT).toFloatMatrix();
        } finally {
            lock.unlock();
        }
    }

    private float[] logits(float[] hidden) {
        float[] z = biases.clone();
        for (int j = 0; j < hidden.length; j++) {
            float h = hidden[j];
            if (h != 0) {
                float[] row = weights[j];
                for (int c = 0; c < z.length; c++) {
                    z[c] += h * row[c];
                }
            }
        }
        return z;
    }

    private List<Prediction> rank(double[] probabilities) {
        List<Prediction> ranked = new ArrayList<>(probabilities.length);
        for (int c = 0; c < probabilities.length; c++) {
            ranked.add(new Prediction(subCategories.get(c), probabilities[c]));
        }
        ranked.sort(Comparator.comparingDouble(Prediction::probability).reversed());
        return ranked;
    }

    /** Writes the network (without updater state, which serving never needs) and the class list to one zip. */
    public void save(Path file) {
        lock.lock();
        try {
            ModelSerializer.writeModel(network, file.toFile(), false);
            Properties meta = new Properties();
            meta.setProperty("inputSize", Integer.toString(inputSize));
            meta.setProperty("subCategories", String.join("\n", subCategories));
            meta.setProperty("views", TestTimeView.format(views));
            meta.setProperty("temperature", Double.toString(calibration.temperature()));
            meta.setProperty("inShopScore", calibration.score().name());
            meta.setProperty("threshold", Double.toString(calibration.threshold()));
            calibration.nearest().store(meta, NEAREST_PREFIX);
            StringWriter text = new StringWriter();
            meta.store(text, "Vitrine vision model");
            ModelSerializer.addObjectToFile(file.toFile(), META_KEY, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the vision model to " + file, e);
        } finally {
            lock.unlock();
        }
    }

    public static VisionModel load(Path file) {
        try {
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
            String text = ModelSerializer.getObjectFromFile(file.toFile(), META_KEY);
            Properties meta = new Properties();
            meta.load(new StringReader(text));
            List<String> classes = Arrays.asList(meta.getProperty("subCategories").split("\n"));
            // a model saved before test-time views existed looks once
            List<TestTimeView> views = TestTimeView.parse(meta.getProperty("views", "plain"));
            return new VisionModel(network, classes, Integer.parseInt(meta.getProperty("inputSize")), calibration(meta),
                    views, new ReentrantLock());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the vision model from " + file, e);
        }
    }

    /** A model saved before calibration existed reads back with {@link Calibration#NONE}. */
    private static Calibration calibration(Properties meta) {
        if (meta.getProperty("temperature") == null) {
            return Calibration.NONE;
        }
        return new Calibration(Double.parseDouble(meta.getProperty("temperature")),
                InShopScore.valueOf(meta.getProperty("inShopScore", InShopScore.MAX_PROBABILITY.name())),
                Double.parseDouble(meta.getProperty("threshold", "-Infinity")), NearestShopPhoto.load(meta, NEAREST_PREFIX));
    }
}
