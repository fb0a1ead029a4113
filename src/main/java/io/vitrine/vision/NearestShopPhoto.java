package io.vitrine.vision;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The feature-space half of the in-shop score ("Deep kNN", Sun et al. 2022): how close a photo's unit embedding comes
 * to the nearest of the shop's own photos (cosine similarity), mixed with the logits' {@link InShopScore}. Both are
 * standardised by their mean and spread over the shop's held-out photos, so that the {@code weight} chosen on
 * validation says how much each counts:
 * {@code (1 - weight) * (score - scoreMean) / scoreSpread + weight * (nearest - nearestMean) / nearestSpread}.
 * The reference photos are what the shop has (its catalogue's photos, the training shots), never a test photo.
 * {@link #OFF} (weight 0, no standardisation) leaves the logits' score as it is. Immutable.
 */
public final class NearestShopPhoto {

    public static final NearestShopPhoto OFF = new NearestShopPhoto(List.of(), 0, 0, 1, 0, 1);

    private final float[][] reference;
    private final double weight;
    private final double scoreMean;
    private final double scoreSpread;
    private final double nearestMean;
    private final double nearestSpread;

    public NearestShopPhoto(List<float[]> reference, double weight, double scoreMean, double scoreSpread,
                            double nearestMean, double nearestSpread) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in [0, 1], got " + weight);
        }
        if (!(scoreSpread > 0) || !(nearestSpread > 0) || Double.isInfinite(scoreSpread) || Double.isInfinite(nearestSpread)) {
            throw new IllegalArgumentException("spreads must be positive and finite");
        }
        if (weight > 0 && reference.isEmpty()) {
            throw new IllegalArgumentException("a weight on the nearest photo needs reference photos");
        }
        this.reference = reference.stream().map(float[]::clone).toArray(float[][]::new);
        for (float[] r : this.reference) {
            if (r.length != this.reference[0].length) {
                throw new IllegalArgumentException("reference embeddings of different lengths");
            }
        }
        this.weight = weight;
        this.scoreMean = scoreMean;
        this.scoreSpread = scoreSpread;
        this.nearestMean = nearestMean;
        this.nearestSpread = nearestSpread;
    }

    /**
     * The shop's {@code reference} photos with both halves standardised over its held-out photos, weight 0 (the caller
     * chooses the weight): {@code heldScores} are their logits' scores, {@code heldEmbeddings} their unit embeddings.
     * A constant half (spread 0) is standardised by 1, so that nothing divides by zero.
     */
    public static NearestShopPhoto standardised(List<float[]> reference, double[] heldScores, List<float[]> heldEmbeddings) {
        if (heldScores.length == 0 || heldScores.length != heldEmbeddings.size()) {
            throw new IllegalArgumentException("need as many held-out scores as embeddings, at least one");
        }
        NearestShopPhoto unscaled = new NearestShopPhoto(reference, 0, 0, 1, 0, 1);
        double[] nearest = heldEmbeddings.stream().mapToDouble(unscaled::nearest).toArray();
        return new NearestShopPhoto(reference, 0, mean(heldScores), spread(heldScores), mean(nearest), spread(nearest));
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double spread(double[] v) {
        double m = mean(v);
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).average().orElseThrow());
        return sd > 0 ? sd : 1;
    }

    /** This mix with another weight (the standardisation and reference unchanged): how validation tries weights. */
    public NearestShopPhoto withWeight(double w) {
        return new NearestShopPhoto(Arrays.asList(reference), w, scoreMean, scoreSpread, nearestMean, nearestSpread);
    }

    public double weight() {
        return weight;
    }

    public int referenceSize() {
        return reference.length;
    }

    /** Cosine similarity of a unit embedding to the closest reference photo (-1 without reference photos). */
    public double nearest(float[] unitEmbedding) {
        double best = -1;
        for (float[] r : reference) {
            if (r.length != unitEmbedding.length) {
                throw new IllegalArgumentException("embedding of length " + unitEmbedding.length + ", reference " + r.length);
            }
            best = Math.max(best, Vectors.dot(r, unitEmbedding));
        }
        return best;
    }

    /** The mixed score of a photo whose logits' score is {@code score}; with weight 0 the nearest photo is not searched. */
    public double of(double score, float[] unitEmbedding) {
        return mix(score, weight == 0 ? nearestMean : nearest(unitEmbedding));
    }

    /** The mixed score from the logits' score and the {@link #nearest} similarity, both already computed. */
    public double mix(double score, double nearestSimilarity) {
        double logitsPart = (score - scoreMean) / scoreSpread;
        return weight == 0 ? logitsPart : (1 - weight) * logitsPart + weight * (nearestSimilarity - nearestMean) / nearestSpread;
    }

    /** Writes the mix as properties (the reference as little-endian floats in Base64), as a model file stores it. */
    public void store(java.util.Properties p, String prefix) {
        p.setProperty(prefix + "weight", Double.toString(weight));
        p.setProperty(prefix + "scoreMean", Double.toString(scoreMean));
        p.setProperty(prefix + "scoreSpread", Double.toString(scoreSpread));
        p.setProperty(prefix + "nearestMean", Double.toString(nearestMean));
        p.setProperty(prefix + "nearestSpread", Double.toString(nearestSpread));
        int dimension = reference.length == 0 ? 0 : reference[0].length;
        p.setProperty(prefix + "dimension", Integer.toString(dimension));
        ByteBuffer bytes = ByteBuffer.allocate(4 * reference.length * dimension).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] r : reference) {
            for (float v : r) {
                bytes.putFloat(v);
            }
        }
        p.setProperty(prefix + "reference", Base64.getEncoder().encodeToString(bytes.array()));
    }

    /** Reads what {@link #store} wrote; {@link #OFF} when the properties have none (models saved before it existed). */
    public static NearestShopPhoto load(java.util.Properties p, String prefix) {
        if (p.getProperty(prefix + "weight") == null) {
            return OFF;
        }
        int dimension = Integer.parseInt(p.getProperty(prefix + "dimension"));
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(p.getProperty(prefix + "reference"))).order(ByteOrder.LITTLE_ENDIAN);
        if (dimension <= 0 ? bytes.remaining() != 0 : bytes.remaining() % (4 * dimension) != 0) {
            throw new IllegalArgumentException("reference of " + bytes.remaining() + " bytes is not a whole number of " + dimension + "-float rows");
        }
        List<float[]> reference = new java.util.ArrayList<>();
        while (dimension > 0 && bytes.hasRemaining()) {
            float[] r = new float[dimension];
            for (int i = 0; i < dimension; i++) {
                r[i] = bytes.getFloat();
            }
            reference.add(r);
        }
        return new NearestShopPhoto(reference, Double.parseDouble(p.getProperty(prefix + "weight")),
                Double.parseDouble(p.getProperty(prefix + "scoreMean")), Double.parseDouble(p.getProperty(prefix + "scoreSpread")),
                Double.parseDouble(p.getProperty(prefix + "nearestMean")), Double.parseDouble(p.getProperty(prefix + "nearestSpread")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NearestShopPhoto n && weight == n.weight && scoreMean == n.scoreMean && scoreSpread == n.scoreSpread
                && nearestMean == n.nearestMean && nearestSpread == n.nearestSpread && Arrays.deepEquals(reference, n.reference);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(weight, scoreMean, scoreSpread, nearestMean, nearestSpread, Arrays.deepHashCode(reference));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "NearestShopPhoto[weight=%.2f, %d reference photos, score %.4f +- %.4f, nearest %.4f +- %.4f]",
                weight, reference.length, scoreMean, scoreSpread, nearestMean, nearestSpread);
    }
}
