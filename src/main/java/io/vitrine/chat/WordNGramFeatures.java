package io.vitrine.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Word unigrams and bigrams, with sentence-boundary bigrams ({@code b=^_hello}) so that very short messages
 * ("merci", "help") still carry position. Public no-argument constructor: OpenNLP re-creates the generator by
 * class name when a saved model is loaded.
 * Stays in {@code io.vitrine.chat}: the shipped and the retrained model files name it by this class name.
 */
public final class WordNGramFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length * 2 + 2);
        String previous = "^";
        for (String t : tokens) {
            features.add("w=" + t);
            features.add("b=" + previous + "_" + t);
            previous = t;
        }
        features.add("b=" + previous + "_$");
        return features;
    }
}
