package io.vitrine.recommend.eval;

import io.vitrine.recommend.Recommender;
import java.util.List;
import java.util.function.Function;

/** Picks hyper-parameters on a validation split (carved from training data by the caller, never the test split). */
public final class Tuning {

    /** The winning parameters, the model fitted with them on the validation training data, and its score. */
    public record Choice<P, R extends Recommender>(P parameters, R model, double score) {
    }

    private Tuning() {
    }

    /** The candidate whose model scores best on {@code metric}; the first one wins ties, so list the default first. */
    public static <P, R extends Recommender> Choice<P, R> best(List<P> candidates, Function<P, R> fit, Split validation,
                                                              OfflineEvaluation evaluation, String metric) {
        Choice<P, R> best = null;
        for (P candidate : candidates) {
            R model = fit.apply(candidate);
            double value = evaluation.evaluate(model, validation).get(metric);
            if (best == null || value > best.score()) {
                best = new Choice<>(candidate, model, value);
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no candidates");
        }
        return best;
    }
}
