package io.vitrine.chat.understanding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * What an {@link IntentModel} asks of its classifier: a probability for every label of a normalised message
 * ({@link TextNormalizer#tokens}). Implementations are immutable and thread-safe, and write themselves into the
 * model file after a one-word type tag that {@link IntentModel#read} dispatches on.
 */
public interface IntentScorer {

    /** The labels, in the order of {@link #probabilities}. */
    List<String> labels();

    /** Probabilities of every label, summing to 1. */
    double[] probabilities(String[] tokens);

    /** The type tag written before {@link #write}. */
    String type();

    void write(DataOutputStream out) throws IOException;

    /** The scorer written after type tag {@code type}. */
    static IntentScorer read(String type, DataInputStream in) throws IOException {
        return switch (type) {
            case MaxentScorer.TYPE -> MaxentScorer.read(in);
            case NgramNetwork.TYPE -> NgramNetwork.read(in);
            case LinearScorer.TYPE -> LinearScorer.read(in);
            case LinearScorer.BLOCKS_TYPE -> LinearScorer.readBlocks(in);
            case EnsembleScorer.TYPE -> EnsembleScorer.read(in);
            default -> throw new IOException("unknown intent scorer " + type);
        };
    }
}
