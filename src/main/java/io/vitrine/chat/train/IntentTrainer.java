package io.vitrine.chat.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.vitrine.chat.CharNGramFeatures;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.MaxentScorer;
import io.vitrine.chat.understanding.TextNormalizer;
import io.vitrine.chat.WordNGramFeatures;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the intent categorizer: OpenNLP maxent (QN) over word unigrams + bigrams and character 3-5-grams of the
 * normalised text. The feature generators are passed as instances through {@link DoccatFactory}; OpenNLP records
 * their class names in the model and re-creates them by name when the model is read back.
 */
public final class IntentTrainer implements IntentModelTrainer {

    private final TrainingOptions options;

    public IntentTrainer(TrainingOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public IntentModel train(List<IntentExample> examples, String outOfScopeLabel, double threshold) {
        if (examples.stream().map(IntentExample::intent).distinct().count() < 2) {
            throw new IllegalArgumentException("need at least two intents to train");
        }
        List<DocumentSample> samples = new ArrayList<>(examples.size());
        for (IntentExample e : examples) {
            samples.add(new DocumentSample(e.intent(), TextNormalizer.tokens(e.text())));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        params.put(QNTrainer.L1COST_PARAM, options.l1());
        params.put(QNTrainer.L2COST_PARAM, options.l2());
        params.put(QNTrainer.THREADS_PARAM, options.threads());
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new WordNGramFeatures(), new CharNGramFeatures()});
        try {
            DoccatModel model = DocumentCategorizerME.train("mul", ObjectStreamUtils.createObjectStream(samples), params, factory);
            return new IntentModel(new MaxentScorer(model), outOfScopeLabel, threshold, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
