package io.vitrine.chat.train;

import java.util.List;

import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;

/** Trains an {@link IntentModel} from labelled utterances: the n-gram network (shipped) or the OpenNLP maxent. */
public interface IntentModelTrainer {

    /**
     * @param examples        labelled utterances (out-of-scope examples included, if any, under {@code outOfScopeLabel})
     * @param outOfScopeLabel the label predicted when nothing passes the threshold
     * @param threshold       minimum probability of the best intent
     */
    IntentModel train(List<IntentExample> examples, String outOfScopeLabel, double threshold);

    /** The trainer of the shipped model, of the shop's retrainings and of the benchmark rows. */
    static IntentModelTrainer shipped() {
        return new NetworkTrainer(NetworkOptions.defaults());
    }
}
