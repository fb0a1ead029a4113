package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * A trained intent model: an OpenNLP document categorizer plus the out-of-scope label and the confidence threshold
 * chosen on validation data. Immutable and thread-safe (the categorizer keeps no per-call state), so a service can
 * hold it in one reference and swap it after retraining.
 * <p>
 * File format: magic, version, threshold, out-of-scope label, training instant, then the OpenNLP model bytes.
 */
public final class IntentModel {

    private static final String MAGIC = "vitrine-intent-model";
    private static final int VERSION = 1;

    private final DoccatModel doccat;
    private final DocumentCategorizerME categorizer;
    private final String outOfScopeLabel;
    private final double threshold;
    private final Instant trainedAt;

    public IntentModel(DoccatModel doccat, String outOfScopeLabel, double threshold, Instant trainedAt) {
        this.doccat = Objects.requireNonNull(doccat, "doccat");
        this.categorizer = new DocumentCategorizerME(doccat);
        this.outOfScopeLabel = Objects.requireNonNull(outOfScopeLabel, "outOfScopeLabel");
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        this.threshold = threshold;
        this.trainedAt = Objects.requireNonNull(trainedAt, "trainedAt");
    }

    /** The same categorizer with another threshold (thresholds are chosen after training). */
    public IntentModel withThreshold(double newThreshold) {
        return new IntentModel(doccat, outOfScopeLabel, newThreshold, trainedAt);
    }

    /** Probabilities of every intent, in {@link #intents()} order. */
    public double[] scores(String text) {
        return categorizer.categorize(TextNormalizer.tokens(text));
    }

    /** The best intent and its probability, before the threshold. */
    public Scored best(String text) {
        double[] p = scores(text);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new Scored(categorizer.getCategory(best), p[best]);
    }

    /** The best intent other than {@code label} (the runner-up when {@code label} wins), before the threshold. */
    public Scored bestOtherThan(String text, String label) {
        double[] p = scores(text);
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (!categorizer.getCategory(i).equals(label) && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best < 0 ? new Scored(label, 0) : new Scored(categorizer.getCategory(best), p[best]);
    }

    public IntentPrediction classify(String text, ChatLanguage lang) {
        Scored s = best(text);
        boolean oos = s.intent().equals(outOfScopeLabel) || s.probability() < threshold;
        return new IntentPrediction(oos ? outOfScopeLabel : s.intent(), s.probability(), lang, s.intent(), oos);
    }

    public List<String> intents() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            out.add(categorizer.getCategory(i));
        }
        return List.copyOf(out);
    }

    public Set<String> intentSet() {
        return new TreeSet<>(intents());
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
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeDouble(threshold);
        data.writeUTF(outOfScopeLabel);
        data.writeLong(trainedAt.toEpochMilli());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doccat.serialize(bytes);
        data.writeInt(bytes.size());
        bytes.writeTo(data);
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
        DataInputStream data = new DataInputStream(in);
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not a Vitrine intent model");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported intent model version " + version);
        }
        double threshold = data.readDouble();
        String oos = data.readUTF();
        Instant trainedAt = Instant.ofEpochMilli(data.readLong());
        byte[] model = data.readNBytes(data.readInt());
        return new IntentModel(new DoccatModel(new ByteArrayInputStream(model)), oos, threshold, trainedAt);
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
