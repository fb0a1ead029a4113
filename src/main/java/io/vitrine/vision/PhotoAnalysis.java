package io.vitrine.vision;

import java.util.List;

/**
 * What the model sees in one photo: every sub-category ranked by calibrated probability, the unit-length embedding
 * that the visual index compares, the raw logits (what calibration is fitted on), the in-shop score and whether it
 * clears the model's threshold ({@code closeMatch}: false = "no close match in this shop").
 */
public record PhotoAnalysis(List<Prediction> ranked, float[] embedding, float[] logits, double inShopScore,
                            boolean closeMatch) {

    public PhotoAnalysis {
        ranked = List.copyOf(ranked);
        embedding = embedding.clone();
        logits = logits.clone();
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

    @Override
    public float[] logits() {
        return logits.clone();
    }
}
