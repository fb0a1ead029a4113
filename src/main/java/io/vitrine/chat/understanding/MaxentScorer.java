package io.vitrine.chat.understanding;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The OpenNLP maxent document categorizer as an {@link IntentScorer}: the shipped model until session 9, still read
 * from model files of that format (version 1) and still trained by {@code IntentTrainer} for comparison.
 * The categorizer keeps no per-call state, so one instance serves every thread.
 */
public final class MaxentScorer implements IntentScorer {

    public static final String TYPE = "opennlp-maxent";

    private final DoccatModel doccat;
    private final DocumentCategorizerME categorizer;
    private final List<String> labels;

    public MaxentScorer(DoccatModel doccat) {
        this.doccat = Objects.requireNonNull(doccat, "doccat");
        this.categorizer = new DocumentCategorizerME(doccat);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            out.add(categorizer.getCategory(i));
        }
        this.labels = List.copyOf(out);
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[] probabilities(String[] tokens) {
        return categorizer.categorize(tokens);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The OpenNLP model's bytes, length first. */
    @Override
    public void write(DataOutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doccat.serialize(bytes);
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    public static MaxentScorer read(DataInputStream in) throws IOException {
        byte[] model = in.readNBytes(in.readInt());
        return new MaxentScorer(new DoccatModel(new java.io.ByteArrayInputStream(model)));
    }
}
