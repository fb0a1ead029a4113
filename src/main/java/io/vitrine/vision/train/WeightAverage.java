package io.vitrine.vision.train;

import io.vitrine.vision.VisionModel;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Weight-space averages of models fine-tuned from one another (WiSE-FT, Wortsman et al. 2022; model soups): the
 * average of a model and its fine-tuned descendants lies in the same basin and keeps more of what transfers to a
 * shifted domain (here: real photos, never seen) than either end. Batch norm's running statistics are parameters of
 * the network and are averaged with the rest. Which average ships is chosen on the validation part of real photos.
 */
public final class WeightAverage {

    private WeightAverage() {
    }

    /** {@code sum of weights[i] * parameters of models[i]}; the weights must be positive and sum to 1. */
    public static VisionModel average(List<VisionModel> models, List<Double> weights) {
        if (models.isEmpty() || models.size() != weights.size()) {
            throw new IllegalArgumentException(models.size() + " models for " + weights.size() + " weights");
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(total - 1) > 1e-6 || weights.stream().anyMatch(w -> w <= 0)) {
            throw new IllegalArgumentException("weights must be positive and sum to 1: " + weights);
        }
        VisionModel first = models.get(0);
        INDArray sum = null;
        for (int i = 0; i < models.size(); i++) {
            VisionModel m = models.get(i);
            if (!m.subCategories().equals(first.subCategories()) || m.inputSize() != first.inputSize()) {
                throw new IllegalArgumentException("model " + i + " knows other sub-categories or another input size");
            }
            INDArray p = m.parameters().castTo(DataType.DOUBLE).muli(weights.get(i));
            if (sum != null && p.length() != sum.length()) {
                throw new IllegalArgumentException("model " + i + " has another network");
            }
            sum = sum == null ? p : sum.addi(p);
        }
        return first.withParameters(sum.castTo(first.parameters().dataType()));
    }

    /** Arguments: the output zip, then {@code weight:model.zip} pairs, e.g. {@code soup.zip 0.5:a.zip 0.5:b.zip}. */
    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: WeightAverage <out.zip> <weight>:<model.zip> ...");
        }
        List<VisionModel> models = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            int colon = args[i].indexOf(':');
            weights.add(Double.parseDouble(args[i].substring(0, colon)));
            models.add(VisionModel.load(Path.of(args[i].substring(colon + 1))));
        }
        average(models, weights).save(Path.of(args[0]));
        System.out.printf(Locale.ROOT, "[vision] wrote %s, the average of %s with weights %s%n", args[0], List.of(args).subList(1, args.length), weights);
    }
}
