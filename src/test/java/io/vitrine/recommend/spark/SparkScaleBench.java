package io.vitrine.recommend.spark;

import io.vitrine.demo.DemoSpec;
import io.vitrine.demo.DemoStore;
import io.vitrine.demo.DemoStoreGenerator;
import io.vitrine.events.Interaction;
import io.vitrine.recommend.IalsRecommender;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.UserId;
import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.eval.Holdout;
import io.vitrine.recommend.eval.OfflineEvaluation;
import io.vitrine.recommend.eval.SparkJobBench;
import io.vitrine.recommend.eval.Split;
import io.vitrine.recommend.train.IalsTrainer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.BufferedReader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * The Spark job's iALS at a size the shop's demo store never reaches (issue 14 item 4: "a generated 10,000,000-event
 * store"), in three commands, one JVM each so that each one's memory and CPU are its own:
 * <pre>
 * generate P S DIR   the demo store generator's shop (DemoStoreGenerator: Zipf-like popularity within each
 *                    sub-category, tastes, sessions) of P products and S shoppers; its weighted product events, as the
 *                    shop's reader keeps them, into DIR/events.csv (user,item,weight,ts in time order), its facts into
 *                    DIR/store.properties (events, the holdout cut-off: the last 7 days, as the shop's)
 * spark DIR          Spark (-Dbench.master, default local[2]) reads the events before the cut-off, numbers and sums them
 *                    as the job does (SparkShopTrainer.prepare) and trains its iALS (SparkShopTrainer.ials: MLlib ALS,
 *                    implicit, rank 32, alpha 2, 8 iterations): wall time, CPU and heap after each stage, what Spark ran
 *                    every minute; the item factors into DIR/spark-ials.ser
 * quality DIR        the in-process trainer's iALS (ShopTrainer's IalsTrainer(32, 10, 2, 8, 3, 42)) on the same events,
 *                    and both scored on the shop's holdout (500 shoppers known before the cut-off, seed 42, NDCG@10)
 * </pre>
 * src/test/bench/spark-scale.sh runs the three with nice, a time bound and /usr/bin/time.
 */
public final class SparkScaleBench {

    private static final long DAY = 86_400_000L;
    private static final String EVENTS = "events.csv";
    private static final String FACTS = "store.properties";
    private static final String FACTORS = "spark-ials.ser";

    private SparkScaleBench() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "generate" -> generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "spark" -> spark(Path.of(args[1]));
            case "quality" -> quality(Path.of(args[1]));
            default -> throw new IllegalArgumentException("generate P S DIR | spark DIR | quality DIR, not " + args[0]);
        }
        System.exit(0);
    }

    private static void generate(int products, int shoppers, Path dir) throws IOException {
        long t0 = System.nanoTime();
        DemoStore store = new DemoStoreGenerator().generate(DemoSpec.of(42, Instant.parse("2026-11-29T09:00:00Z"), "x")
                .withProducts(products).withShoppers(shoppers));
        stage("generated " + store.events().size() + " events (all types)", t0);
        Files.createDirectories(dir);
        long written = 0;
        long last = 0;
        Set<String> users = new java.util.HashSet<>();
        try (Writer out = Files.newBufferedWriter(dir.resolve(EVENTS), StandardCharsets.UTF_8)) {
            for (Interaction e : store.events()) {
                if (e.productId().isPresent() && e.type().weight() > 0) {
                    long at = e.occurredAt().toEpochMilli();
                    out.write(e.userId() + "," + e.productId().get() + "," + e.type().weight() + "," + at + "\n");
                    users.add(e.userId());
                    last = Math.max(last, at);
                    if (++written % 1_000_000 == 0) {
                        stage("written " + written + " events", t0);
                    }
                }
            }
        }
        Properties facts = new Properties();
        facts.setProperty("products", Integer.toString(products));
        facts.setProperty("shoppers", Integer.toString(shoppers));
        facts.setProperty("events", Long.toString(written));
        facts.setProperty("users", Integer.toString(users.size()));
        facts.setProperty("cutoff", Long.toString(last - 7 * DAY));
        try (Writer out = Files.newBufferedWriter(dir.resolve(FACTS), StandardCharsets.UTF_8)) {
            facts.store(out, "SparkScaleBench generate " + products + " " + shoppers);
        }
        stage("STORE " + written + " weighted product events of " + users.size() + " shoppers (accounts and anonymous), "
                + products + " products, into " + dir, t0);
    }

    private static void spark(Path dir) throws IOException {
        long cutoff = Long.parseLong(facts(dir).getProperty("cutoff"));
        long t0 = System.nanoTime();
        SparkSession spark = SparkShopJob.onThisMachine(SparkSession.builder().appName("vitrine-spark-scale"),
                System.getProperty("bench.master", "local[2]")).getOrCreate();
        SparkShopJob.quiet(spark);
        SparkJobBench.Work work = new SparkJobBench.Work();
        spark.sparkContext().addSparkListener(work);
        stage("Spark session started", t0);
        long started = System.nanoTime();
        Thread progress = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(60_000);
                    System.out.println(work.summary((System.nanoTime() - started) / 1e9));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-progress");
        progress.setDaemon(true);
        progress.start();
        SparkShopTrainer trainer = new SparkShopTrainer(spark, SparkShopTrainer.Params.shop());
        long t1 = System.nanoTime();
        Dataset<Row> events = spark.read().schema(MongoEventSource.SCHEMA).csv(dir.resolve(EVENTS).toString())
                .filter(col("ts").lt(cutoff)).withColumn("seq", functions.monotonically_increasing_id());
        try (SparkShopTrainer.Prepared data = trainer.prepare(events, List.of())) {
            stage("index: " + data.items().size() + " products numbered", t1);
            long t2 = System.nanoTime();
            long read = data.indexed().count();
            stage("read: " + read + " training events (before the holdout cut-off), numbered and cached", t2);
            long t3 = System.nanoTime();
            long pairs = data.pairs().count();
            stage("pairs: " + pairs + " (shopper, product) pairs, weights summed, cached", t3);
            long t4 = System.nanoTime();
            IalsRecommender ials = trainer.ials(data.pairs(), data.items());
            stage("ials: Spark MLlib ALS, " + ials.factors() + " factors of " + data.items().size() + " products", t4);
            System.out.println(work.summary((System.nanoTime() - started) / 1e9));
            stage("TRAINED index + pairs + ials from the file", t1);
            writeFactors(ials, dir.resolve(FACTORS));
        }
        spark.stop();
    }

    private static void quality(Path dir) throws IOException {
        long cutoff = Long.parseLong(facts(dir).getProperty("cutoff"));
        long t0 = System.nanoTime();
        Map<String, UserId> users = new HashMap<>();
        Map<String, ItemId> items = new HashMap<>();
        List<WeightedEvent> events = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve(EVENTS), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                events.add(new WeightedEvent(users.computeIfAbsent(f[0], UserId::of), items.computeIfAbsent(f[1], ItemId::of),
                        Double.parseDouble(f[2]), Long.parseLong(f[3])));
            }
        }
        Split split = Holdout.timeBased(events, cutoff, new LinkedHashSet<>(items.values())).sample(500, 42);
        events = null;
        stage("read " + split.train().eventCount() + " training events; " + split.test().size() + " holdout shoppers", t0);
        OfflineEvaluation eval = OfflineEvaluation.standard(10);
        Map<String, Double> spark = eval.evaluate(readFactors(dir.resolve(FACTORS)), split);
        stage("QUALITY spark-als ndcg@10 " + spark.get("ndcg@10") + " hr@10 " + spark.get("hr@10"), t0);
        long t1 = System.nanoTime();
        double cpu = SparkJobBench.cpuSeconds();
        IalsRecommender inProcess = new IalsTrainer(32, 10, 2, 8, 3, 42).train(split.train());
        stage(String.format(Locale.ROOT, "in-process iALS trained, %.1f s of CPU", SparkJobBench.cpuSeconds() - cpu), t1);
        Map<String, Double> own = eval.evaluate(inProcess, split);
        stage("QUALITY in-process-ials ndcg@10 " + own.get("ndcg@10") + " hr@10 " + own.get("hr@10"), t0);
    }

    /** The trained model as it is (Java serialisation, as the shop's model files): its item index and factors. */
    private static void writeFactors(IalsRecommender ials, Path file) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeObject(ials);
        }
    }

    /** The Spark-trained factors, folded in at query time as the job's model folds them (lambda 10, alpha 2). */
    private static IalsRecommender readFactors(Path file) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return (IalsRecommender) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(file + " holds no model: " + e.getMessage(), e);
        }
    }

    private static Properties facts(Path dir) throws IOException {
        Properties facts = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(FACTS), StandardCharsets.UTF_8)) {
            facts.load(in);
        }
        return facts;
    }

    /** One progress line: what was done, its wall time, the JVM's CPU so far, the heap's peak, the load. */
    private static void stage(String what, long since) {
        System.out.printf(Locale.ROOT, "STAGE %s: %.1f s; JVM CPU so far %.1f s; heap peak %d MB; load %.2f; %s UTC%n", what,
                (System.nanoTime() - since) / 1e9, SparkJobBench.cpuSeconds(), SparkJobBench.heapPeakMb(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0));
    }
}
