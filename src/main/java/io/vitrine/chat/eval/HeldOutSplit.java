package io.vitrine.chat.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vitrine.chat.understanding.IntentExample;

/**
 * Deterministic held-out split, the same rule as the Bitext files: within each intent, in file order, every
 * {@code n}-th utterance goes to test. No randomness, so figures are reproducible across machines.
 */
public record HeldOutSplit(List<IntentExample> train, List<IntentExample> test) {

    public HeldOutSplit {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }

    public static HeldOutSplit everyNth(List<IntentExample> examples, int n) {
        return fold(examples, n, n - 1);
    }

    /** Fold {@code k} of {@code n}: the utterances whose position within their intent is {@code k} modulo {@code n}. */
    public static HeldOutSplit fold(List<IntentExample> examples, int n, int k) {
        if (n < 2 || k < 0 || k >= n) {
            throw new IllegalArgumentException("need n >= 2 and 0 <= k < n");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<IntentExample> train = new ArrayList<>();
        List<IntentExample> test = new ArrayList<>();
        for (IntentExample e : examples) {
            int position = seen.merge(e.intent(), 1, Integer::sum) - 1;
            (position % n == k ? test : train).add(e);
        }
        return new HeldOutSplit(train, test);
    }
}
