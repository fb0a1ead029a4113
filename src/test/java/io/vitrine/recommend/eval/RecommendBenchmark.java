package io.vitrine.recommend.eval;

import io.vitrine.bench.BenchReport;
import io.vitrine.bench.Benchmark;
import io.vitrine.recommend.BlendRecommender;
import io.vitrine.recommend.BlendRecommender.Component;
import io.vitrine.recommend.EaseRecommender;
import io.vitrine.recommend.IalsRecommender;
import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.ItemScorer;
import io.vitrine.recommend.NeighbourRecommender;
import io.vitrine.recommend.PopularityRecommender;
import io.vitrine.recommend.TransitionRecommender;
import io.vitrine.recommend.train.BoughtTogetherTrainer;
import io.vitrine.recommend.train.ContentTrainer;
import io.vitrine.recommend.train.EaseTrainer;
import io.vitrine.recommend.train.IalsTrainer;
import io.vitrine.recommend.train.ItemKnnTrainer;
import io.vitrine.recommend.train.PopularityTrainer;
import io.vitrine.recommend.train.TransitionTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code mvn -Pbench -Dbench=recommend verify}: every recommender on ML-100K and Amazon Beauty with the protocols
 * of {@code ../shared/datasets/README.md}. Every hyper-parameter, blend weights included, is chosen on a validation
 * split carved from the training split with the same protocol; the test split is used once, for the figures.
 */
public final class RecommendBenchmark implements Benchmark {

    static final String ML = "ml-100k";
    static final String BEAUTY = "amazon-beauty";
    private static final int K = 10;
    private static final long SEED = 42;
    private static final long DAY = 86_400;
    /** -Dbench.spark=false leaves Spark out (it needs the --add-opens flags of the bench profile on Java 17). */
    private static final boolean SPARK = Boolean.parseBoolean(System.getProperty("bench.spark", "true"));

    /** What differs between the two data sets: protocol, grids, and what the data has (texts, clock). */
    record Setup(String dataset, Split validation, Split test, Map<ItemId, String> texts, double popularityHalfLife,
                 long trendWindow, long basketGap, List<Double> easeLambdas, List<Double> easeDropouts,
                 List<int[]> ialsShapes, List<SparkAls.Params> sparkGrid) {
    }

    /** Hyper-parameters chosen on validation. */
    record Ease(double lambda, double dropout) {
    }

    record Ials(int factors, double lambda, double alpha) {
    }

    record Knn(double shrink, double beta) {
    }

    record Transition(int window, int depth, double decay) {
    }

    @Override
    public void run(Path data, BenchReport report) throws Exception {
        Path ml = data.resolve(ML);
        if (Files.exists(ml.resolve("u.data"))) {
            List<WeightedEvent> events = Datasets.movieLens(ml);
            Split test = Protocols.stratified(events, 0.75, SEED);
            Split validation = Protocols.stratified(Protocols.trainingEvents(test), 0.75, SEED + 1);
            run(new Setup(ML, validation, test, Datasets.movieTexts(ml), 30 * DAY, 7 * DAY, 3600,
                    List.of(200.0, 400.0, 800.0), List.of(0.0, 0.25),
                    List.of(new int[] {32, 10, 2}, new int[] {32, 3, 2}, new int[] {64, 10, 2}, new int[] {32, 10, 5}),
                    List.of(new SparkAls.Params(64, 0.1, 5), new SparkAls.Params(64, 1.0, 5), new SparkAls.Params(32, 0.1, 20))), report);
            report.anchor(ML, "bivae", "ndcg@10", 0.4751);
            report.anchor(ML, "bivae", "precision@10", 0.4118);
            report.anchor(ML, "bpr", "ndcg@10", 0.4420);
            report.anchor(ML, "bpr", "precision@10", 0.3882);
            report.anchor(ML, "ncf", "ndcg@10", 0.3961);
            report.anchor(ML, "sar", "ndcg@10", 0.3825);
            report.anchor(ML, "sar", "precision@10", 0.3308);
            report.anchor(ML, "spark-als (explicit)", "ndcg@10", 0.0442);
        }
        Path beauty = data.resolve(BEAUTY);
        if (Files.exists(beauty.resolve("Beauty.txt"))) {
            List<WeightedEvent> events = Datasets.beauty(beauty);
            Split test = Protocols.leaveLastOut(events);
            Split validation = Protocols.leaveLastOut(Protocols.trainingEvents(test));
            // no clock (positions only) and no item texts in this data set: plain counts, no content model
            run(new Setup(BEAUTY, validation, test, Map.of(), Double.POSITIVE_INFINITY, 1, Long.MAX_VALUE,
                    List.of(100.0, 400.0), List.of(0.0),
                    // sparse sequences need a high confidence on the observed pairs (alpha 2 scored 0.025 on validation)
                    List.of(new int[] {64, 10, 20}, new int[] {64, 30, 40}),
                    List.of(new SparkAls.Params(64, 0.1, 20), new SparkAls.Params(64, 1.0, 40))), report);
            report.anchor(BEAUTY, "iclrec", "hr@10", 0.0744);
            report.anchor(BEAUTY, "iclrec", "ndcg@10", 0.0403);
        }
    }

    private void run(Setup s, BenchReport report) {
        OfflineEvaluation eval = OfflineEvaluation.standard(K);
        String metric = "ndcg@" + K;
        Interactions valTrain = s.validation().train();
        // at most 5000 validation users: the choices barely change and Beauty tuning stays within minutes
        Split validation = s.validation().sample(5000, SEED);
        log(s.dataset(), "tuning on validation: " + validation.test().size() + " users");

        var ease = Tuning.best(grid(s.easeLambdas(), s.easeDropouts()),
                p -> new EaseTrainer(p.lambda(), p.dropout(), 20_000).train(valTrain), validation, eval, metric);
        Ease easeParams = ease.parameters();
        double easeDecay = Tuning.best(List.of(1.0, 0.9, 0.7, 0.5), ease.model()::withRecencyDecay, validation, eval, metric)
                .parameters();
        var ials = Tuning.best(s.ialsShapes().stream().map(a -> new Ials(a[0], a[1], a[2])).toList(),
                p -> new IalsTrainer(p.factors(), p.lambda(), p.alpha(), 10, 3, SEED).train(valTrain), validation, eval, metric);
        Ials ialsParams = ials.parameters();
        var knn = Tuning.best(List.of(new Knn(10, 0), new Knn(50, 0), new Knn(10, 0.2)),
                p -> new ItemKnnTrainer(p.shrink(), p.beta(), 100).train(valTrain), validation, eval, metric);
        Knn knnParams = knn.parameters();
        List<Transition> transitions = new ArrayList<>();
        for (int window : new int[] {1, 3}) {
            for (int depth : new int[] {1, 3, 10}) {
                transitions.add(new Transition(window, depth, depth == 1 ? 1 : 0.6));
            }
        }
        var transition = Tuning.best(transitions,
                p -> new TransitionTrainer(p.window(), 0.5, 200).train(valTrain, p.depth(), p.decay()), validation, eval, metric);
        Transition transitionParams = transition.parameters();
        int minSupport = Tuning.best(List.of(2, 5),
                p -> new BoughtTogetherTrainer(p, 100).train(valTrain, BoughtTogetherTrainer.sessions(valTrain, s.basketGap())),
                validation, eval, metric).parameters();
        log(s.dataset(), "chose " + easeParams + " decay=" + easeDecay + " " + ialsParams + " " + knnParams + " "
                + transitionParams + " minSupport=" + minSupport);

        // blend weights by one pass of coordinate ascent on validation, EASE fixed at weight 1
        PopularityRecommender valPopularity = new PopularityTrainer(s.popularityHalfLife(), s.trendWindow()).train(valTrain);
        List<ItemScorer> valParts = new ArrayList<>(List.of(ease.model().withRecencyDecay(easeDecay), ials.model(), knn.model(),
                transition.model(), valPopularity));
        if (!s.texts().isEmpty()) {
            valParts.add(new ContentTrainer(100).train(valTrain, s.texts()));
        }
        double[] weights = new double[valParts.size()];
        weights[0] = 1;
        for (int c = 1; c < weights.length; c++) {
            final int component = c;
            weights[c] = Tuning.best(List.of(0.0, 0.1, 0.25, 0.5, 1.0, 2.0), w -> {
                double[] trial = weights.clone();
                trial[component] = w;
                return blend(valParts, trial, valPopularity);
            }, validation, eval, metric).parameters();
        }
        log(s.dataset(), "blend weights " + java.util.Arrays.toString(weights));

        // final models on the full training split, timed; each evaluated once on the test split
        Interactions train = s.test().train();
        PopularityRecommender popularity = timed(s, report, "popularity",
                () -> new PopularityTrainer(s.popularityHalfLife(), s.trendWindow()).train(train));
        EaseRecommender finalEase = timed(s, report, "ease",
                () -> new EaseTrainer(easeParams.lambda(), easeParams.dropout(), 20_000).train(train));
        List<ItemScorer> parts = new ArrayList<>();
        parts.add(finalEase.withRecencyDecay(easeDecay));
        parts.add(timed(s, report, "ials", () -> new IalsTrainer(ialsParams.factors(), ialsParams.lambda(),
                ialsParams.alpha(), 10, 3, SEED).train(train)));
        parts.add(timed(s, report, "item-knn", () -> new ItemKnnTrainer(knnParams.shrink(), knnParams.beta(), 100).train(train)));
        parts.add(timed(s, report, "session-transitions", () -> new TransitionTrainer(transitionParams.window(), 0.5, 200)
                .train(train, transitionParams.depth(), transitionParams.decay())));
        parts.add(popularity);
        List<String> partNames = new ArrayList<>(List.of("ease", "ials", "item-knn", "session-transitions", "popularity"));
        if (!s.texts().isEmpty()) {
            parts.add(timed(s, report, "content-tfidf", () -> new ContentTrainer(100).train(train, s.texts())));
            partNames.add("content-tfidf");
        }
        NeighbourRecommender together = timed(s, report, "bought-together",
                () -> new BoughtTogetherTrainer(minSupport, 100).train(train, BoughtTogetherTrainer.sessions(train, s.basketGap())));
        // the blend's training time: the models it uses (weight > 0) plus popularity, its fallback for new shoppers
        double blendSeconds = last(report, s, "popularity");
        for (int c = 0; c < parts.size(); c++) {
            if (weights[c] > 0 && !partNames.get(c).equals("popularity")) {
                blendSeconds += last(report, s, partNames.get(c));
            }
        }

        record Row(String model, ItemScorer scorer) {
        }
        List<Row> rows = new ArrayList<>(List.of(new Row("popularity", popularity), new Row("ease", finalEase),
                new Row("ials", parts.get(1)), new Row("item-knn", parts.get(2)),
                new Row("session-transitions", parts.get(3)), new Row("bought-together", together)));
        if (!s.texts().isEmpty()) {
            rows.add(new Row("content-tfidf", parts.get(5)));
        }
        rows.add(new Row("blend", blend(parts, weights, popularity)));
        if (SPARK) {
            rows.add(new Row("spark-als", sparkAls(s, report, validation, eval, metric)));
        }
        report.add(s.dataset(), "blend", "train_s", blendSeconds);
        for (Row row : rows) {
            Map<String, Double> result = eval.evaluate(row.scorer(), s.test());
            result.forEach((name, value) -> report.add(s.dataset(), row.model(), name, value));
            log(s.dataset(), row.model() + " " + result);
        }
    }

    /**
     * Spark MLlib ALS (implicit) in local[2]: parameters chosen on the same validation split, then trained once on
     * the full training split, timed like ours (the Spark session's start-up is not counted).
     */
    private static ItemScorer sparkAls(Setup s, BenchReport report, Split validation, OfflineEvaluation eval, String metric) {
        try (SparkAls spark = new SparkAls()) {
            SparkAls.Params chosen = Tuning.best(s.sparkGrid(), p -> spark.train(s.validation().train(), p), validation,
                    eval, metric).parameters();
            log(s.dataset(), "spark-als chose " + chosen);
            return timed(s, report, "spark-als", () -> spark.train(s.test().train(), chosen));
        }
    }

    private static BlendRecommender blend(List<ItemScorer> parts, double[] weights, PopularityRecommender popularity) {
        List<Component> components = new ArrayList<>();
        for (int c = 0; c < parts.size(); c++) {
            if (weights[c] > 0) {
                components.add(new Component(parts.get(c), weights[c]));
            }
        }
        return new BlendRecommender(components, popularity, Map.of());
    }

    private static List<Ease> grid(List<Double> lambdas, List<Double> dropouts) {
        List<Ease> out = new ArrayList<>();
        for (double l : lambdas) {
            for (double d : dropouts) {
                out.add(new Ease(l, d));
            }
        }
        return out;
    }

    private static <T> T timed(Setup s, BenchReport report, String model, Supplier<T> training) {
        long start = System.nanoTime();
        T trained = training.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(s.dataset(), model, "train_s", seconds);
        log(s.dataset(), String.format(Locale.ROOT, "trained %s in %.2f s", model, seconds));
        return trained;
    }

    private static double last(BenchReport report, Setup s, String model) {
        return report.value(s.dataset(), model, "train_s").orElse(0.0);
    }

    private static void log(String dataset, String message) {
        System.err.println("[recommend/" + dataset + "] " + message);
    }
}
