package io.vitrine.chat.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.vitrine.chat.understanding.IntentExample;

/** The labels of a training set in sorted order (the scorers' output order) and each one's position. */
record LabelIndex(List<String> labels, Map<String, Integer> positions) {

    static LabelIndex of(List<IntentExample> examples) {
        List<String> labels = new ArrayList<>(new TreeSet<>(examples.stream().map(IntentExample::intent).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("need at least two intents to train");
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            positions.put(labels.get(i), i);
        }
        return new LabelIndex(List.copyOf(labels), Map.copyOf(positions));
    }

    int of(IntentExample e) {
        return positions.get(e.intent());
    }
}
