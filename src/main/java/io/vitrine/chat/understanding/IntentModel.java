package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A trained intent model: an {@link IntentScorer} (the tf-idf softmax regression, the n-gram network, or the OpenNLP
 * maxent of earlier files) plus the out-of-scope label and the confidence threshold chosen on validation data.
 * Immutable and thread-safe, so a service can hold it in one reference and swap it after retraining.
 * <p>
 * File format: magic, version, threshold, out-of-scope label, training instant, then (version 2) the scorer's type
 * tag and its bytes, or (version 1) the OpenNLP model's bytes.
 */
public final class IntentModel {

    private static final String MAGIC = "vitrine-intent-model";
    private static final int MAXENT_ONLY = 1;
    private static final int VERSION = 2;

    private final IntentScorer scorer;
    private final List<String> labels;
    private final String outOfScopeLabel;
    private final double threshold;
    private final Instant trainedAt;

    public IntentModel(IntentScorer scorer, String outOfScopeLabel, double threshold, Instant trainedAt) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.labels = scorer.labels();
        this.outOfScopeLabel = Objects.requireNonNull(outOfScopeLabel, "outOfScopeLabel");
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        this.threshold = threshold;
        this.trainedAt = Objects.requireNonNull(trainedAt, "trainedAt");
    }

    /** The same scorer with another threshold (thresholds are chosen after training). */
    public IntentModel withThreshold(double newThreshold) {
        return new IntentModel(scorer, outOfScopeLabel, newThreshold, trainedAt);
    }

    /** Probabilities of every intent, in {@link #intents()} order. */
    public double[] scores(String text) {
        return scorer.probabilities(TextNormalizer.tokens(text));
    }

    /** The best intent and its probability, before the threshold. */
    public Scored best(String text) {
        return best(scores(text));
    }

    private Scored best(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new Scored(labels.get(best), p[best]);
    }

    /** The best intent other than {@code label} (the runner-up when {@code label} wins), before the threshold. */
    public Scored bestOtherThan(String text, String label) {
        double[] p = scores(text);
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (!labels.get(i).equals(label) && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best < 0 ? new Scored(label, 0) : new Scored(labels.get(best), p[best]);
    }

    public IntentPrediction classify(String text, ChatLanguage lang) {
        Scored s = best(text);
        boolean oos = s.intent().equals(outOfScopeLabel) || s.probability() < threshold;
        return new IntentPrediction(oos ? outOfScopeLabel : s.intent(), s.probability(), lang, s.intent(), oos);
    }

    public List<String> intents() {
        return labels;
    }

    public Set<String> intentSet() {
        return new TreeSet<>(intents());
    }

    /**
     * What classifies: the type tag of the scorer ({@link LinearScorer#TYPE}, {@link NgramNetwork#TYPE},
     * {@link MaxentScorer#TYPE}).
     */
    public String scorerType() {
        return scorer.type();
    }

    /** What classifies (an ensemble's trainer combines the members' scorers). */
    public IntentScorer scorer() {
        return scorer;
    }

    public String outOfScopeLabel() {
        return outOfScopeLabel;
    }

    public double threshold() {
        return threshold;
    }

    public Instant trainedAt() {
        return trainedAt;
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out));
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeDouble(threshold);
        data.writeUTF(outOfScopeLabel);
        data.writeLong(trainedAt.toEpochMilli());
        data.writeUTF(scorer.type());
        scorer.write(data);
        data.flush();
    }

    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    public static IntentModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in));
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not a Vitrine intent model");
        }
        int version = data.readInt();
        if (version != VERSION && version != MAXENT_ONLY) {
            throw new IOException("unsupported intent model version " + version);
        }
        double threshold = data.readDouble();
        String oos = data.readUTF();
        Instant trainedAt = Instant.ofEpochMilli(data.readLong());
        String type = version == MAXENT_ONLY ? MaxentScorer.TYPE : data.readUTF();
        IntentScorer scorer = IntentScorer.read(type, data);
        return new IntentModel(scorer, oos, threshold, trainedAt);
    }

    public static IntentModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** An intent with its probability. */
    public record Scored(String intent, double probability) {
    }
}
