package io.vitrine.recommend.train;

import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.ItemIndex;
import io.vitrine.recommend.NeighbourRecommender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Content similarity for items with few or no events (cold start): cosine between TF-IDF vectors of the item
 * texts (name, description, attributes, concatenated by the caller). tf = raw count, idf = ln(N / df);
 * terms are lower-cased runs of letters and digits.
 */
public final class ContentTrainer {

    private final int keep;

    public ContentTrainer(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep >= 1 required");
        }
        this.keep = keep;
    }

    /** Items of {@code data} without a text get no neighbours. */
    public NeighbourRecommender train(Interactions data, Map<ItemId, String> texts) {
        ItemIndex items = data.items();
        int n = items.size();
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        int documents = 0;
        for (int i = 0; i < n; i++) {
            Map<String, Integer> tf = new HashMap<>();
            String text = texts.get(items.get(i));
            if (text != null) {
                for (String term : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (!term.isEmpty()) {
                        tf.merge(term, 1, Integer::sum);
                    }
                }
                documents++;
            }
            tf.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
            counts.add(tf);
        }
        // unit-length sparse vectors, and an inverted index term -> (item, weight) for the dot products
        Map<String, List<float[]>> postings = new HashMap<>();
        List<Map<String, Float>> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Float> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                double w = e.getValue() * Math.log((double) documents / df.get(e.getKey()));
                if (w > 0) {
                    v.put(e.getKey(), (float) w);
                    norm += w * w;
                }
            }
            double len = Math.sqrt(norm);
            v.replaceAll((term, w) -> (float) (w / len));
            for (Map.Entry<String, Float> e : v.entrySet()) {
                postings.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(new float[] {i, e.getValue()});
            }
            vectors.add(v);
        }
        Neighbours out = new Neighbours(n);
        for (int i = 0; i < n; i++) {
            float[] sim = new float[n];
            for (Map.Entry<String, Float> e : vectors.get(i).entrySet()) {
                for (float[] posting : postings.get(e.getKey())) {
                    sim[(int) posting[0]] += e.getValue() * posting[1];
                }
            }
            out.set(i, sim, keep);
        }
        return new NeighbourRecommender(items, out.index, out.value, io.vitrine.recommend.Reason.Kind.SIMILAR_DESCRIPTION);
    }
}
