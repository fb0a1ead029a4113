package io.vitrine.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- to 5-grams of each word padded with {@code ^} and {@code $}: they survive typos ("retrun",
 * "remboursment") and share stems across inflections ("annuler", "annulez", "annulation").
 * Stays in {@code io.vitrine.chat}: the shipped and the retrained model files name it by this class name.
 */
public final class CharNGramFeatures implements FeatureGenerator {

    static final int MIN = 3;
    static final int MAX = 5;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String t : tokens) {
            String w = "^" + t + "$";
            for (int n = MIN; n <= MAX; n++) {
                for (int i = 0; i + n <= w.length(); i++) {
                    features.add("c=" + w.substring(i, i + n));
                }
            }
        }
        return features;
    }
}
