package io.vitrine.vision.train;

import io.vitrine.vision.ImageTensors;
import io.vitrine.vision.VisionModel;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.CenterLossOutputLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the photo CNN: blocks of 3x3 convolution, batch norm, ReLU and 2x2 max pooling, then a dense layer whose
 * activations are the embedding, then softmax over the sub-categories. Class imbalance is handled with loss
 * weights {@code (mean count / class count)^classWeightPower} (0.5 = square root, which lifts rare classes for
 * macro-F1 without giving up much accuracy on the big ones). The learning rate decays linearly to zero
 * over the planned epochs or the time budget, whichever runs out first.
 * ND4J's CPU threads come from {@code OMP_NUM_THREADS}; this class starts no threads of its own.
 */
public final class VisionTrainer {

    public record Settings(int inputSize, List<Integer> blockChannels, int embeddingSize, int epochs, int batchSize,
                           double learningRate, double l2, double classWeightPower, double augmentation, long seed,
                           Duration timeBudget, double centerLoss) {

        public Settings {
            Objects.requireNonNull(timeBudget);
            if (augmentation < 0 || augmentation > 1) {
                throw new IllegalArgumentException("augmentation strength must be in [0, 1]");
            }
            blockChannels = List.copyOf(blockChannels);
            if (inputSize >> blockChannels.size() < 1) {
                throw new IllegalArgumentException(blockChannels.size() + " pooling blocks do not fit a " + inputSize + " px input");
            }
            if (centerLoss < 0) {
                throw new IllegalArgumentException("the center-loss weight cannot be negative");
            }
            if (epochs <= 0 || batchSize <= 0 || embeddingSize <= 0) {
                throw new IllegalArgumentException("epochs, batch size and embedding size must be positive");
            }
        }

        /**
         * What the benchmark trains: a narrow 4-block network at 32 px. One epoch of 5,936 photos costs about 55
         * CPU-seconds, so 12 epochs should fit the 14-minute budget on 2 free cores; on shared cores the budget
         * cuts training short (benchmark runs here got 0.41-0.56 cores and finished 6-8 epochs). Augmentation at 0.4
         * strength: with 5 epochs on 2,048 photos it beat full strength on accuracy (0.914 vs 0.888), macro-F1
         * (0.883 vs 0.822) and precision@10 (0.939 vs 0.919); a short schedule has no epochs to spare for it.
         */
        public static Settings defaults() {
            return new Settings(32, List.of(16, 32, 64, 128), 128, 12, 64, 2e-3, 1e-4, 0.5, 0.4, 42, Duration.ofMinutes(14), 0);
        }

        public Settings withEpochs(int n) {
            return new Settings(inputSize, blockChannels, embeddingSize, n, batchSize, learningRate, l2, classWeightPower, augmentation, seed, timeBudget, centerLoss);
        }

        public Settings withLearningRate(double rate) {
            return new Settings(inputSize, blockChannels, embeddingSize, epochs, batchSize, rate, l2, classWeightPower, augmentation, seed, timeBudget, centerLoss);
        }

        public Settings withBatchSize(int n) {
            return new Settings(inputSize, blockChannels, embeddingSize, epochs, n, learningRate, l2, classWeightPower, augmentation, seed, timeBudget, centerLoss);
        }

        public Settings withInputSize(int n) {
            return new Settings(n, blockChannels, embeddingSize, epochs, batchSize, learningRate, l2, classWeightPower, augmentation, seed, timeBudget, centerLoss);
        }

        public Settings withNetwork(List<Integer> channels, int embedding) {
            return new Settings(inputSize, channels, embedding, epochs, batchSize, learningRate, l2, classWeightPower, augmentation, seed, timeBudget, centerLoss);
        }

        /** 0 = none, 1 = the full strength described in {@code Augmenter}. */
        public Settings withAugmentation(double strength) {
            return new Settings(inputSize, blockChannels, embeddingSize, epochs, batchSize, learningRate, l2, classWeightPower, strength, seed, timeBudget, centerLoss);
        }

        /**
         * Weight of the center loss (Wen et al. 2016) beside the softmax: it pulls each photo's embedding towards its
         * sub-category's centre, so that neighbours in the embedding share the sub-category; 0 = softmax alone.
         */
        public Settings withCenterLoss(double weight) {
            return new Settings(inputSize, blockChannels, embeddingSize, epochs, batchSize, learningRate, l2, classWeightPower, augmentation, seed, timeBudget, weight);
        }

        /** {@link Duration#ZERO} for no limit. */
        public Settings withTimeBudget(Duration budget) {
            return new Settings(inputSize, blockChannels, embeddingSize, epochs, batchSize, learningRate, l2, classWeightPower, augmentation, seed, budget, centerLoss);
        }
    }

    static final double CENTER_ALPHA = 0.5;

    private final Settings settings;

    public VisionTrainer(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public Settings settings() {
        return settings;
    }

    public VisionModel train(List<LabelledImage> images, ProgressListener listener) {
        return train(images, listener, java.util.Optional.empty());
    }

    /**
     * As above, but starting from the weights of {@code start} (fine-tuning) when given: its network must have this
     * trainer's shape, input size and the same sub-categories.
     */
    public VisionModel train(List<LabelledImage> images, ProgressListener listener, java.util.Optional<VisionModel> initial) {
        int length = ImageTensors.length(settings.inputSize());
        Map<String, Integer> counts = new TreeMap<>();
        for (LabelledImage image : images) {
            if (image.tensor().length != length) {
                throw new IllegalArgumentException("tensor of length " + image.tensor().length + ", expected " + length);
            }
            counts.merge(image.subCategory(), 1, Integer::sum);
        }
        if (counts.size() < 2) {
            throw new IllegalArgumentException("need photos of at least two sub-categories, got " + counts.keySet());
        }
        List<String> classes = List.copyOf(counts.keySet());
        int[] labels = images.stream().mapToInt(i -> classes.indexOf(i.subCategory())).toArray();

        int batchesPerEpoch = (images.size() + settings.batchSize() - 1) / settings.batchSize();
        MultiLayerNetwork network = new MultiLayerNetwork(configuration(classes, counts, images.size()));
        network.init();
        initial.ifPresent(model -> {
            if (!model.subCategories().equals(classes) || model.inputSize() != settings.inputSize()) {
                throw new IllegalArgumentException("the starting model knows other sub-categories or another input size");
            }
            network.setParams(model.parameters());
        });

        Random random = new Random(settings.seed());
        Augmenter augmenter = new Augmenter(settings.inputSize(), settings.augmentation());
        List<Integer> order = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            order.add(i);
        }
        int size = settings.inputSize();
        long start = System.nanoTime();
        long budget = settings.timeBudget().toNanos();
        int iterations = settings.epochs() * batchesPerEpoch;
        int iteration = 0;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            double lossSum = 0;
            int seen = 0;
            for (int from = 0; from < order.size(); from += settings.batchSize()) {
                // the learning rate falls linearly to zero with progress: iterations done, or the time budget used
                // when the shared cores are slower than planned, so a cut-short run still ends on a small rate
                double progress = (double) iteration++ / iterations;
                if (budget > 0) {
                    progress = Math.max(progress, (double) (System.nanoTime() - start) / budget);
                }
                if (progress >= 1) {
                    break;
                }
                network.setLearningRate(settings.learningRate() * (1 - progress));
                int n = Math.min(settings.batchSize(), order.size() - from);
                float[] features = new float[n * length];
                float[] oneHot = new float[n * classes.size()];
                for (int i = 0; i < n; i++) {
                    int index = order.get(from + i);
                    float[] tensor = images.get(index).tensor();
                    System.arraycopy(settings.augmentation() > 0 ? augmenter.augment(tensor, random) : tensor, 0, features, i * length, length);
                    oneHot[i * classes.size() + labels[index]] = 1f;
                }
                INDArray x = Nd4j.create(features, new long[] {n, ImageTensors.CHANNELS, size, size}, 'c');
                INDArray y = Nd4j.create(oneHot, new long[] {n, classes.size()}, 'c');
                network.fit(new DataSet(x, y));
                lossSum += network.score() * n;
                seen += n;
            }
            listener.epochDone(epoch, settings.epochs(), seen == 0 ? Double.NaN : lossSum / seen);
            if (seen < order.size()) {
                break;
            }
            listener.epochModel(epoch, () -> VisionModel.of(network.clone(), classes, size));
        }
        return VisionModel.of(network, classes, settings.inputSize());
    }

    private org.deeplearning4j.nn.conf.MultiLayerConfiguration configuration(
            List<String> classes, Map<String, Integer> counts, int total) {
        double mean = (double) total / classes.size();
        double[] weights = new double[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            weights[c] = Math.pow(mean / counts.get(classes.get(c)), settings.classWeightPower());
        }
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .updater(new Adam(settings.learningRate()))
                .weightInit(WeightInit.RELU)
                .l2(settings.l2())
                .convolutionMode(ConvolutionMode.Same)
                .list();
        for (int channels : settings.blockChannels()) {
            layers.layer(new ConvolutionLayer.Builder(3, 3).nOut(channels).activation(Activation.IDENTITY).hasBias(false).build())
                    .layer(new BatchNormalization.Builder().build())
                    .layer(new ActivationLayer.Builder().activation(Activation.RELU).build())
                    .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build());
        }
        layers.layer(new DenseLayer.Builder().nOut(settings.embeddingSize()).activation(Activation.RELU).build())
                // DL4J's dropOut(p) is the probability of keeping an activation
                .layer(settings.centerLoss() > 0
                        // the centres move by alpha of their gap to the batch's embeddings per step (the paper's 0.5)
                        ? new CenterLossOutputLayer.Builder(new LossMCXENT(Nd4j.create(weights))).lambda(settings.centerLoss())
                                .alpha(CENTER_ALPHA).nOut(classes.size()).activation(Activation.SOFTMAX).dropOut(0.6).build()
                        : new OutputLayer.Builder(new LossMCXENT(Nd4j.create(weights)))
                                .nOut(classes.size()).activation(Activation.SOFTMAX).dropOut(0.6).build())
                .setInputType(InputType.convolutional(settings.inputSize(), settings.inputSize(), ImageTensors.CHANNELS));
        return layers.build();
    }
}
