package io.vitrine.recommend.eval;

import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemIndex;
import io.vitrine.recommend.ItemScorer;
import io.vitrine.recommend.Reason;
import io.vitrine.recommend.UserHistory;
import io.vitrine.recommend.UserId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark MLlib ALS with implicit preferences (the same Hu-Koren-Volinsky model as our iALS, solved by Spark's
 * blocked ALS) in {@code local[2]}, trained on the same {@link Interactions} as our models. Test scope only: it is
 * the yardstick and the path large shops will train on, not something the WAR ships. The factors are collected
 * into a plain scorer so the same {@link OfflineEvaluation} ranks it.
 */
final class SparkAls implements AutoCloseable {

    /** Hyper-parameters; {@code alpha} is Spark's confidence scale. */
    record Params(int rank, double regParam, double alpha) {
    }

    private final SparkSession spark;

    SparkAls() {
        spark = SparkSession.builder().master("local[2]").appName("vitrine-recommend-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    /** Trains ALS (implicit, 10 iterations) on every (user, item) pair with its summed weight as the preference. */
    Scorer train(Interactions data, Params p) {
        List<Row> rows = new ArrayList<>(data.eventCount());
        for (int u = 0; u < data.userCount(); u++) {
            int[] items = data.itemsOf(u);
            float[] weights = data.weightsOf(u);
            for (int k = 0; k < items.length; k++) {
                rows.add(RowFactory.create(u, items[k], weights[k]));
            }
        }
        StructType schema = new StructType()
                .add("user", DataTypes.IntegerType).add("item", DataTypes.IntegerType).add("rating", DataTypes.FloatType);
        Dataset<Row> ratings = spark.createDataFrame(rows, schema);
        ALSModel model = new ALS().setImplicitPrefs(true).setRank(p.rank()).setRegParam(p.regParam()).setAlpha(p.alpha())
                .setMaxIter(10).setNumBlocks(2).setSeed(42).setUserCol("user").setItemCol("item").setRatingCol("rating")
                .fit(ratings);
        int k = p.rank();
        float[] userFactors = new float[data.userCount() * k];
        float[] itemFactors = new float[data.itemCount() * k];
        copy(model.userFactors().collectAsList(), userFactors, k);
        copy(model.itemFactors().collectAsList(), itemFactors, k);
        Map<UserId, Integer> users = new HashMap<>();
        for (int u = 0; u < data.userCount(); u++) {
            users.put(data.user(u), u);
        }
        return new Scorer(data.items(), k, users, userFactors, itemFactors);
    }

    /** Rows of (id, features array); ids missing from the factors (no event) keep zero vectors. */
    private static void copy(List<Row> factors, float[] out, int k) {
        for (Row r : factors) {
            int id = r.getInt(0);
            List<Object> f = r.getList(1);
            for (int p = 0; p < k; p++) {
                out[id * k + p] = ((Number) f.get(p)).floatValue();
            }
        }
    }

    @Override
    public void close() {
        spark.stop();
    }

    /** Dot products of the trained user factors with every item's; users Spark never saw cannot be scored. */
    static final class Scorer implements ItemScorer {

        private final ItemIndex items;
        private final int k;
        private final Map<UserId, Integer> users;
        private final float[] userFactors;
        private final float[] itemFactors;

        Scorer(ItemIndex items, int k, Map<UserId, Integer> users, float[] userFactors, float[] itemFactors) {
            this.items = items;
            this.k = k;
            this.users = Map.copyOf(users);
            this.userFactors = userFactors;
            this.itemFactors = itemFactors;
        }

        @Override
        public ItemIndex items() {
            return items;
        }

        @Override
        public float[] scores(UserHistory user) {
            float[] out = new float[items.size()];
            Optional<Integer> u = Optional.ofNullable(users.get(user.user()));
            if (u.isEmpty()) {
                Arrays.fill(out, Float.NEGATIVE_INFINITY);
                return out;
            }
            int ub = u.get() * k;
            for (int i = 0; i < out.length; i++) {
                int ib = i * k;
                float s = 0;
                for (int p = 0; p < k; p++) {
                    s += userFactors[ub + p] * itemFactors[ib + p];
                }
                out[i] = s;
            }
            return out;
        }

        @Override
        public Reason reason(UserHistory user, int item) {
            return Reason.forYou();
        }
    }
}
