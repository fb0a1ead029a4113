package io.vitrine.recommend.spark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.recommend.CatalogueEntry;
import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.ItemIndex;
import io.vitrine.recommend.RecommendSettings;
import io.vitrine.recommend.ShopModel;
import io.vitrine.recommend.UserId;
import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.eval.Holdout;
import io.vitrine.recommend.eval.OfflineEvaluation;
import io.vitrine.recommend.eval.Split;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

/**
 * The Spark job that retrains the shop's recommendation models from its MongoDB. It does what one in-process
 * retraining ({@code ShopRetraining}) does: trains on the events before the last {@code --holdout-days}, scores those
 * days on the same sample of shoppers (500, seed 42, the same metric code), then trains the model to serve on every
 * event. What it does with the result:
 * <ul>
 *   <li>{@code --out DIR}: writes a {@link SparkCandidate} there, for the shop that started the job
 *   ({@link SparkTraining}), whose lifecycle gates and publishes it;</li>
 *   <li>{@code --publish DIR}: gates and publishes it itself, as a node would ({@link Publication}): the operator's
 *   {@code spark-submit} path, which needs no node to start it.</li>
 * </ul>
 * <pre>
 * java -cp CLASSPATH io.vitrine.recommend.spark.SparkShopJob --out DIR [--master local[2]] [--database vitrine]
 *      [--holdout-days 7] [--read-max 100000] [--partitions N] [--read connector|slices] [--partitioner NAME]
 *      (MongoDB address in VITRINE_SPARK_MONGO_URL, or --mongo URL)
 * spark-submit --master spark://HOST:7077 --class io.vitrine.recommend.spark.SparkShopJob --jars ... JOB.jar
 *      --publish DIR [--tolerance 0.02]
 * </pre>
 * Exit code 0 with the candidate written or put live, 3 when the gate (or another node's training) refused it, 2 for
 * bad options, 1 for a failure.
 */
public final class SparkShopJob {

    private static final Logger LOG = Logger.getLogger(SparkShopJob.class.getName());
    private static final long DAY = 86_400_000L;
    private static final int HOLDOUT_USERS = 500;
    private static final String METRIC = "ndcg@10";
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\d+|\\*)(,\\d+)?])?");

    /**
     * The job's options. {@code partitions}: the shuffles' partitions (0: twice the threads of a local master, Spark's
     * default on a cluster); {@code tolerance}: the holdout gate's, as the shop's {@code vitrine.recommend.tolerance};
     * {@code read} and {@code partitioner}: how the events are read ({@link MongoEventSource}: {@code connector}, the
     * default, or {@code slices}; the connector's partitioner, blank for its own default).
     */
    public record Options(String mongoUrl, String database, Optional<Path> out, int holdoutDays, int readMax,
                          Optional<String> master, Optional<Path> publish, double tolerance, int partitions,
                          MongoEventSource.Reader read, String partitioner) {

        public static Options parse(String[] args, Map<String, String> environment) {
            Map<String, String> given = new HashMap<>();
            for (int a = 0; a < args.length; a++) {
                if (!args[a].startsWith("--") || a + 1 == args.length) {
                    throw new IllegalArgumentException("options are --name value pairs; got " + args[a]);
                }
                given.put(args[a].substring(2), args[++a]);
            }
            String url = given.getOrDefault("mongo", environment.get(SparkTraining.MONGO_URL_ENV));
            if (url == null || given.containsKey("out") == given.containsKey("publish")) {
                throw new IllegalArgumentException("one of --out DIR (write the candidate) and --publish DIR (put it live), "
                        + "and a MongoDB address (" + SparkTraining.MONGO_URL_ENV + " or --mongo), are required");
            }
            RecommendSettings shop = RecommendSettings.defaults();
            try {
                return new Options(url, given.getOrDefault("database", "vitrine"),
                        Optional.ofNullable(given.get("out")).map(Path::of),
                        Integer.parseInt(given.getOrDefault("holdout-days", Integer.toString(shop.holdoutDays()))),
                        Integer.parseInt(given.getOrDefault("read-max", "100000")), Optional.ofNullable(given.get("master")),
                        Optional.ofNullable(given.get("publish")).map(Path::of),
                        Double.parseDouble(given.getOrDefault("tolerance", Double.toString(shop.tolerance()))),
                        Integer.parseInt(given.getOrDefault("partitions", "0")), reader(given.getOrDefault("read", "connector")),
                        given.getOrDefault("partitioner", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + e.getMessage(), e);
            }
        }

        private static MongoEventSource.Reader reader(String name) {
            try {
                return MongoEventSource.Reader.valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--read is connector or slices, not " + name, e);
            }
        }

        /** The shop's recommender settings with this job's holdout and tolerance (what the gate reads). */
        public RecommendSettings shop() {
            RecommendSettings d = RecommendSettings.defaults();
            return new RecommendSettings(holdoutDays, tolerance, d.trainAtStart(), d.maxAgeHours(), d.scheduleEnabled(),
                    d.scheduleHour(), d.scheduleMinute(), d.trainWindowDays(), d.trainReadMax(), d.diversity(),
                    d.scheduleEveryMinutes());
        }
    }

    private SparkShopJob() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("vitrine-recommend");
        options.master().ifPresent(m -> onThisMachine(builder, m));
        if (options.partitions() > 0) {
            builder.config("spark.sql.shuffle.partitions", options.partitions());
        }
        int status = 0;
        SparkSession spark = builder.getOrCreate();
        try {
            quiet(spark);
            if (options.publish().isPresent()) {
                RetrainJob job = publish(spark, options, SparkShopTrainer.Params.shop(), Clock.systemUTC());
                System.out.println(job.state() + " " + job.version().map(v -> "version " + v + ": ").orElse("") + job.message());
                status = job.state() == RetrainJob.State.LIVE ? 0 : job.state() == RetrainJob.State.REJECTED ? 3 : 1;
            } else {
                run(spark, options, SparkShopTrainer.Params.shop(), Clock.systemUTC());
            }
        } catch (IOException | RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /**
     * A local master ({@code local[n]}) on this machine: the driver on loopback, no web UI, and the shuffles in twice
     * as many partitions as threads (Spark's default of 200 makes every shuffle of a small local job 200 tasks).
     */
    public static SparkSession.Builder onThisMachine(SparkSession.Builder builder, String master) {
        builder.master(master);
        Matcher local = LOCAL.matcher(master);
        if (local.matches()) {
            int threads = local.group(2) == null ? 1
                    : local.group(2).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(local.group(2));
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", 2 * threads);
        }
        return builder;
    }

    /**
     * Spark's own log down to warnings, the job's kept at INFO: Spark sends java.util.logging through SLF4J to its
     * log4j, so its WARN root level would drop the job's progress lines ("Read ... events", each model's time).
     */
    public static void quiet(SparkSession spark) {
        spark.sparkContext().setLogLevel("WARN");
        org.apache.logging.log4j.core.config.Configurator.setLevel("io.vitrine", org.apache.logging.log4j.Level.INFO);
    }

    /** Reads, evaluates, trains and writes the candidate into {@code options.out()}. */
    public static SparkCandidate run(SparkSession spark, Options options, SparkShopTrainer.Params params, Clock clock)
            throws IOException {
        Path out = options.out().orElseThrow(() -> new IllegalArgumentException("--out DIR is required to write a candidate"));
        long t0 = System.nanoTime();
        SparkCandidate candidate = train(spark, options, params, clock);
        candidate.write(out);
        LOG.info(() -> String.format(Locale.ROOT, "Candidate written to %s after %.1f s: %s", out,
                (System.nanoTime() - t0) / 1e9, candidate.metrics()));
        return candidate;
    }

    /**
     * Reads, evaluates and trains, then puts the candidate live through the shop's gate into the registry the nodes
     * follow ({@link Publication}), with {@code options.publish()} as the local models folder.
     */
    public static RetrainJob publish(SparkSession spark, Options options, SparkShopTrainer.Params params, Clock clock) {
        Path dataDir = options.publish().orElseThrow(() -> new IllegalArgumentException("--publish DIR is required"));
        SparkCandidate candidate = train(spark, options, params, clock);
        try (MongoClient client = MongoClients.create(options.mongoUrl())) {
            return Publication.publish(candidate, client.getDatabase(options.database()), dataDir, options.shop(), clock);
        }
    }

    /** Reads the shop's data, scores a training on the holdout and trains on every event: the candidate. */
    public static SparkCandidate train(SparkSession spark, Options options, SparkShopTrainer.Params params, Clock clock) {
        long t0 = System.nanoTime();
        MongoEventSource source = new MongoEventSource(options.mongoUrl(), options.database(), options.readMax(),
                options.read(), options.partitioner());
        List<CatalogueEntry> catalogue = source.catalogue();
        List<Set<ItemId>> baskets = source.baskets();
        Dataset<Row> events = source.events(spark).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long count = events.count();
            long users = events.select("user").distinct().count();
            LOG.info(() -> String.format(Locale.ROOT, "Read %d events of %d shoppers, %d products, %d orders in %.1f s",
                    count, users, catalogue.size(), baskets.size(), (System.nanoTime() - t0) / 1e9));
            SparkShopTrainer trainer = new SparkShopTrainer(spark, params);
            Map<String, Double> metrics = holdout(events, options.holdoutDays() * DAY, catalogue, baskets, trainer, clock);
            ShopModel model = trainer.train(events, catalogue, baskets, clock.instant());
            return new SparkCandidate(model, metrics, users, catalogue.size(), count);
        } finally {
            events.unpersist();
        }
    }

    /**
     * Trains on the events before the window and scores the window as {@code ShopRetraining} does: the shoppers known
     * before the cut-off who went for an item new to them after it, a sample of 500 (seed 42), ranked with the same
     * {@link OfflineEvaluation}. Only the sampled shoppers' events come to the driver.
     */
    static Map<String, Double> holdout(Dataset<Row> events, long window, List<CatalogueEntry> catalogue,
                                       List<Set<ItemId>> baskets, SparkShopTrainer trainer, Clock clock) {
        Row last = events.agg(max("ts")).first();
        long cutoff = (last.isNullAt(0) ? 0 : last.getLong(0)) - window;
        Dataset<Row> before = events.filter(col("ts").lt(cutoff));
        ShopModel model = trainer.train(before, catalogue, baskets, clock.instant());
        ItemIndex known = model.popularity().items();
        List<ItemId> knownItems = new ArrayList<>(known.size());
        for (int i = 0; i < known.size(); i++) {
            knownItems.add(known.get(i));
        }
        Dataset<Row> seen = before.select("user", "item").distinct();
        Dataset<Row> newToThem = events.filter(col("ts").geq(cutoff)).select("user", "item").distinct()
                .join(before.select("user").distinct(), "user").except(seen);
        Map<UserId, Set<ItemId>> candidates = new LinkedHashMap<>();
        for (Row r : newToThem.select("user", "item").collectAsList()) {
            if (known.indexOf(ItemId.of(r.getString(1))).isPresent()) {
                candidates.put(UserId.of(r.getString(0)), Set.of());
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (candidates.isEmpty()) {
            metrics.put("holdoutUsers", 0.0);
            return metrics;
        }
        // the very sample ShopRetraining takes of the same test shoppers
        Set<UserId> sampled = new Split(Interactions.of(List.of()), candidates).sample(HOLDOUT_USERS, 42).test().keySet();
        List<String> names = sampled.stream().map(UserId::value).toList();
        List<WeightedEvent> theirs = new ArrayList<>();
        for (Row r : events.filter(col("user").isin(names.toArray())).orderBy("ts", "seq").collectAsList()) {
            theirs.add(WeightedEvent.of(r.getString(0), r.getString(1), r.getDouble(2), r.getLong(3)));
        }
        Split split = Holdout.timeBased(theirs, cutoff, knownItems);
        metrics.putAll(OfflineEvaluation.standard(10).evaluate(model.blend(), split));
        metrics.put("holdoutUsers", (double) split.test().size());
        LOG.info(() -> "Holdout of the Spark-trained blend: " + METRIC + " " + metrics.get(METRIC) + " on "
                + split.test().size() + " shoppers");
        return metrics;
    }
}
