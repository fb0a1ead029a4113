package io.vitrine.vision;

import java.util.List;

/**
 * What the model sees in one photo: every sub-category ranked by probability, and the unit-length embedding
 * that the visual index compares.
 */
public record PhotoAnalysis(List<Prediction> ranked, float[] embedding) {

    public PhotoAnalysis {
        ranked = List.copyOf(ranked);
        embedding = embedding.clone();
    }

    public List<Prediction> top(int k) {
        return ranked.subList(0, Math.min(k, ranked.size()));
    }

    public Prediction best() {
        return ranked.get(0);
    }

    @Override
    public float[] embedding() {
        return embedding.clone();
    }
}
