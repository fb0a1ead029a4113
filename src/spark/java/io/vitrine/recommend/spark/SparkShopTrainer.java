package io.vitrine.recommend.spark;

import io.vitrine.recommend.BlendRecommender;
import io.vitrine.recommend.CatalogueEntry;
import io.vitrine.recommend.IalsRecommender;
import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.ItemIndex;
import io.vitrine.recommend.NeighbourRecommender;
import io.vitrine.recommend.PopularityRecommender;
import io.vitrine.recommend.Reason;
import io.vitrine.recommend.ShopModel;
import io.vitrine.recommend.TransitionRecommender;
import io.vitrine.recommend.train.BoughtTogetherTrainer;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The shop's blend trained with Spark: the same models and the same formulas as the shop's plain-Java trainers, each
 * computed as Spark aggregations over the events, so the result is a {@link ShopModel} the shop serves as it serves its
 * own. Popularity and trending are per-item sums; item-kNN counts co-occurrences by a self-join on the shopper;
 * transitions come from {@code lead} over each shopper's events in time order (immediate repeats dropped); the
 * factors are Spark MLlib's implicit ALS (Hu, Koren, Volinsky: the same model as {@code IalsTrainer}, solved by
 * Spark's blocked ALS), of which only the item factors are kept: the shop folds a shopper in at query time as it
 * does for its own. Bought-together reads the orders' baskets on the driver (orders are few beside events). The blend
 * is the shop trainer's plain recipe (item-kNN 1, transitions 0.5, iALS 0.5, popularity 0.1); EASE, a dense item x
 * item solve, stays with the in-process trainer. The driver holds only per-item results (neighbour lists, factors).
 */
public final class SparkShopTrainer {

    private static final Logger LOG = Logger.getLogger(SparkShopTrainer.class.getName());
    private static final long DAY = 86_400_000L;

    /**
     * The trainers' settings. {@link #shop()} are those of the shop's {@code ShopTrainer}; Spark's ALS scales its
     * regularisation by each row's number of items, so {@code regParam} is not the shop's lambda, which serving uses
     * ({@code foldInLambda}) to solve a shopper's vector.
     */
    public record Params(double popularityHalfLife, long trendWindow, double knnShrink, double knnBeta, int knnKeep,
                         int transitionWindow, double transitionDecay, int transitionKeep, int rank, double regParam,
                         double alpha, int iterations, double foldInLambda) {

        public static Params shop() {
            return new Params(14.0 * DAY, 7 * DAY, 10, 0.2, 50, 3, 0.5, 50, 32, 0.1, 2, 8, 10);
        }

        public Params withAls(int newRank, double newRegParam, double newAlpha) {
            return new Params(popularityHalfLife, trendWindow, knnShrink, knnBeta, knnKeep, transitionWindow, transitionDecay,
                    transitionKeep, newRank, newRegParam, newAlpha, iterations, foldInLambda);
        }

        public Params withIterations(int newIterations) {
            return new Params(popularityHalfLife, trendWindow, knnShrink, knnBeta, knnKeep, transitionWindow, transitionDecay,
                    transitionKeep, rank, regParam, alpha, newIterations, foldInLambda);
        }
    }

    private final SparkSession spark;
    private final Params params;

    public SparkShopTrainer(SparkSession spark, Params params) {
        this.spark = spark;
        this.params = params;
    }

    /**
     * @param events {@link MongoEventSource#SCHEMA} plus {@code seq} (the order of events of the same millisecond)
     */
    public ShopModel train(Dataset<Row> events, List<CatalogueEntry> catalogue, List<Set<ItemId>> baskets, Instant trainedAt) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (Prepared data = prepare(events, catalogue)) {
            millis.put("index", lap(t0));
            ItemIndex items = data.items();
            PopularityRecommender popularity = timed(millis, "popularity", () -> popularity(data.indexed(), items));
            NeighbourRecommender knn = timed(millis, "item-knn", () -> itemKnn(data.pairs(), items));
            TransitionRecommender transitions = timed(millis, "transitions", () -> transitions(data.indexed(), items));
            IalsRecommender ials = timed(millis, "ials", () -> ials(data.pairs(), items));
            NeighbourRecommender together = timed(millis, "bought-together",
                    () -> new BoughtTogetherTrainer(2, 30).train(data.numbering(), baskets));
            Map<ItemId, CatalogueEntry> entries = new LinkedHashMap<>();
            catalogue.forEach(e -> entries.put(e.item(), e));
            BlendRecommender blend = new BlendRecommender(List.of(new BlendRecommender.Component(knn, 1),
                    new BlendRecommender.Component(transitions, 0.5), new BlendRecommender.Component(ials, 0.5),
                    new BlendRecommender.Component(popularity, 0.1)), popularity, entries);
            LOG.info(() -> "Spark trained the blend over " + items.size() + " items, milliseconds per model: " + millis);
            return new ShopModel(0, trainedAt, blend, popularity, knn, together, entries, Map.of());
        }
    }

    /**
     * What every model reads: the events with the blend's one item number ({@code idx}: the catalogue first, then the
     * other products of the events, by id) and the weight summed per (shopper, item); both cached until closed.
     */
    Prepared prepare(Dataset<Row> events, List<CatalogueEntry> catalogue) {
        Set<ItemId> ids = new LinkedHashSet<>();
        catalogue.forEach(e -> ids.add(e.item()));
        events.select("item").distinct().orderBy("item").collectAsList().forEach(r -> ids.add(ItemId.of(r.getString(0))));
        // one numbering shared by every model of the blend (BlendRecommender checks it is the very same index)
        Interactions numbering = Interactions.of(List.of(), ids);
        ItemIndex items = numbering.items();
        List<Row> indexRows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            indexRows.add(RowFactory.create(items.get(i).value(), i));
        }
        Dataset<Row> itemIndex = spark.createDataFrame(indexRows,
                new StructType().add("item", DataTypes.StringType).add("idx", DataTypes.IntegerType));
        Dataset<Row> indexed = events.join(broadcast(itemIndex), "item").persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> pairs = indexed.groupBy("user", "idx").agg(sum("weight").as("w")).persist(StorageLevel.MEMORY_AND_DISK());
        return new Prepared(numbering, indexed, pairs);
    }

    /** The numbered events ({@code indexed}) and the summed pairs ({@code pairs}: user, idx, w); closing uncaches them. */
    record Prepared(Interactions numbering, Dataset<Row> indexed, Dataset<Row> pairs) implements AutoCloseable {

        ItemIndex items() {
            return numbering.items();
        }

        @Override
        public void close() {
            pairs.unpersist();
            indexed.unpersist();
        }
    }

    /** Runs one model's training and notes its milliseconds under {@code name} (logged at once: a long job shows its progress). */
    private static <T> T timed(Map<String, Long> millis, String name, java.util.function.Supplier<T> training) {
        long t = System.nanoTime();
        T trained = training.get();
        long took = lap(t);
        millis.put(name, took);
        LOG.info(() -> "Spark trained " + name + " in " + took + " ms");
        return trained;
    }

    private static long lap(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** Time-decayed weighted counts and the rise of the last window over the one before ({@code PopularityTrainer}). */
    private PopularityRecommender popularity(Dataset<Row> indexed, ItemIndex items) {
        Row last = indexed.agg(max("ts")).first();
        long now = last.isNullAt(0) ? 0 : last.getLong(0);
        Column age = lit(now).minus(col("ts"));
        List<Row> rows = indexed.groupBy("idx").agg(
                sum(col("weight").multiply(pow(lit(0.5), age.divide(params.popularityHalfLife())))).as("p"),
                sum(when(age.lt(params.trendWindow()), col("weight")).otherwise(0)).as("recent"),
                sum(when(age.geq(params.trendWindow()).and(age.lt(2 * params.trendWindow())), col("weight")).otherwise(0))
                        .as("previous")).collectAsList();
        float[] popularity = new float[items.size()];
        float[] trend = new float[items.size()];
        for (Row r : rows) {
            int i = r.getInt(0);
            popularity[i] = (float) r.getDouble(1);
            double previous = r.getDouble(3);
            trend[i] = (float) ((r.getDouble(2) - previous) / Math.sqrt(previous + 1));
        }
        return new PopularityRecommender(items, popularity, trend);
    }

    /** Cosine with shrinkage and inverse popularity over binary shopper vectors ({@code ItemKnnTrainer}). */
    private NeighbourRecommender itemKnn(Dataset<Row> pairs, ItemIndex items) {
        Dataset<Row> seen = pairs.select("user", "idx");
        Dataset<Row> degree = seen.groupBy("idx").agg(count(lit(1)).as("d"));
        Dataset<Row> overlap = seen.withColumnRenamed("idx", "i").join(seen.withColumnRenamed("idx", "j"), "user")
                .filter(col("i").notEqual(col("j"))).groupBy("i", "j").agg(count(lit(1)).as("o"));
        Dataset<Row> similar = overlap
                .join(broadcast(degree.withColumnRenamed("idx", "i").withColumnRenamed("d", "di")), "i")
                .join(broadcast(degree.withColumnRenamed("idx", "j").withColumnRenamed("d", "dj")), "j")
                .select(col("i"), col("j"), col("o").divide(sqrt(col("di").multiply(col("dj"))).plus(params.knnShrink()))
                        .divide(pow(col("dj"), params.knnBeta())).as("v"));
        Rows kept = top(similar, params.knnKeep(), items.size());
        return new NeighbourRecommender(items, kept.index, kept.value, Reason.Kind.SIMILAR);
    }

    /**
     * What follows what in each shopper's events ({@code TransitionTrainer}): j at distance d after i adds
     * decay^(d-1); rows become probabilities over every successor, then keep the best.
     */
    private TransitionRecommender transitions(Dataset<Row> indexed, ItemIndex items) {
        WindowSpec inOrder = Window.partitionBy("user").orderBy("ts", "seq");
        Dataset<Row> steps = indexed.select("user", "idx", "ts", "seq")
                .withColumn("prev", lag("idx", 1).over(inOrder))
                .filter(col("prev").isNull().or(col("prev").notEqual(col("idx"))));
        // the successors first (window functions), then one row per successor (a generator cannot hold them)
        Column[] ahead = new Column[params.transitionWindow() + 1];
        Column[] next = new Column[params.transitionWindow()];
        ahead[0] = col("idx").as("i");
        double w = 1;
        for (int d = 1; d <= next.length; d++) {
            ahead[d] = struct(lead("idx", d).over(inOrder).as("j"), lit(w).as("w")).as("n" + d);
            next[d - 1] = col("n" + d);
            w *= params.transitionDecay();
        }
        Dataset<Row> counts = steps.select(ahead).select(col("i"), explode(array(next)).as("n"))
                .select(col("i"), col("n.j").as("j"), col("n.w").as("w"))
                .filter(col("j").isNotNull().and(col("j").notEqual(col("i"))))
                .groupBy("i", "j").agg(sum("w").as("c"));
        Dataset<Row> probabilities = counts.withColumn("v", col("c").divide(sum("c").over(Window.partitionBy("i"))));
        Rows kept = top(probabilities.select("i", "j", "v", "c"), params.transitionKeep(), items.size(), col("c"));
        return new TransitionRecommender(items, kept.index, kept.value, 3, 0.5);
    }

    /** Spark MLlib ALS, implicit preferences, on the summed weight of each (shopper, item); the item factors. */
    IalsRecommender ials(Dataset<Row> pairs, ItemIndex items) {
        Dataset<Row> numbered = new StringIndexer().setInputCol("user").setOutputCol("u").setStringOrderType("alphabetAsc")
                .fit(pairs).transform(pairs).select(col("u").cast(DataTypes.IntegerType).as("u"), col("idx"), col("w"));
        int blocks = Math.max(2, spark.sparkContext().defaultParallelism());
        ALSModel model = new ALS().setImplicitPrefs(true).setRank(params.rank()).setRegParam(params.regParam())
                .setAlpha(params.alpha()).setMaxIter(params.iterations()).setNumUserBlocks(blocks).setNumItemBlocks(blocks)
                .setSeed(42).setUserCol("u").setItemCol("idx").setRatingCol("w").fit(numbered);
        int k = params.rank();
        float[] factors = new float[items.size() * k];
        for (Row r : model.itemFactors().collectAsList()) {
            int i = r.getInt(0);
            List<Object> f = r.getList(1);
            for (int p = 0; p < k; p++) {
                factors[i * k + p] = ((Number) f.get(p)).floatValue();
            }
        }
        return new IalsRecommender(items, k, factors, params.foldInLambda(), params.alpha());
    }

    /** Neighbour rows as the models keep them: per item, its best {@code keep} (j, v), best first, ties lower j first. */
    private record Rows(int[][] index, float[][] value) {
    }

    private static Rows top(Dataset<Row> ijv, int keep, int n) {
        return top(ijv, keep, n, col("v"));
    }

    private static Rows top(Dataset<Row> ijv, int keep, int n, Column by) {
        WindowSpec best = Window.partitionBy("i").orderBy(by.desc(), col("j").asc());
        List<Row> rows = ijv.filter(col("v").gt(0)).withColumn("r", row_number().over(best)).filter(col("r").leq(keep))
                .select("i", "j", "v", "r").collectAsList();
        int[] size = new int[n];
        rows.forEach(r -> size[r.getInt(0)]++);
        int[][] index = new int[n][];
        float[][] value = new float[n][];
        for (int i = 0; i < n; i++) {
            index[i] = new int[size[i]];
            value[i] = new float[size[i]];
        }
        for (Row r : rows) {
            int i = r.getInt(0);
            int at = r.getInt(3) - 1;
            index[i][at] = r.getInt(1);
            value[i][at] = (float) ((Number) r.get(2)).doubleValue();
        }
        return new Rows(index, value);
    }
}
