package io.vitrine.recommend.eval;

import io.vitrine.demo.DemoSpec;
import io.vitrine.demo.DemoStore;
import io.vitrine.demo.DemoStoreGenerator;
import io.vitrine.events.Interaction;
import io.vitrine.recommend.CatalogueEntry;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.ItemScorer;
import io.vitrine.recommend.UserId;
import io.vitrine.recommend.ShopModel;
import io.vitrine.recommend.TrainingData;
import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.spark.MongoEventSource;
import io.vitrine.recommend.spark.SparkShopJob;
import io.vitrine.recommend.spark.SparkShopTrainer;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import io.vitrine.recommend.train.ShopTrainer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Spark job's trainer against the shop's in-process trainer on the same split of a public data set, one trainer
 * per JVM so that each one's memory is its own (run under {@code /usr/bin/time -v} for the resident set):
 * <pre>
 * java -Xmx2g $SPARK_OPENS -cp target/test-classes:target/classes:$(cat target/spark-job/classpath.txt) \
 *     io.vitrine.recommend.eval.SparkJobBench ml-100k|amazon-beauty|store:P:S spark|in-process|in-process-ease [rank regParam alpha]
 * </pre>
 * ML-100K: 75 % of each user's ratings train (seed 42); Amazon Beauty: each user's last item is the test. Both
 * trainers get the same training events and no catalogue; the in-process trainer is {@code ShopTrainer} without EASE
 * (the recipe the Spark job trains); {@code store:P:S} is the demo store generator's shop of P products and S shoppers
 * with the shop's holdout (the last 7 days, 500 shoppers, seed 42) and its catalogue and orders. Figures are the
 * blend's and its iALS part's alone. Training time excludes the
 * Spark session's start-up, printed apart.
 */
public final class SparkJobBench {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), ZoneOffset.UTC);

    private SparkJobBench() {
    }

    public static void main(String[] args) throws Exception {
        String dataset = args[0];
        String trainer = args[1];
        long g0 = System.nanoTime();
        TrainingData all;
        Split test;
        if (dataset.startsWith("store")) {
            // store:<products>:<shoppers>, the demo store generator's shop; the shop's own holdout: the last 7 days
            String[] size = dataset.split(":");
            all = generated(Integer.parseInt(size[1]), Integer.parseInt(size[2]));
            long end = all.events().stream().mapToLong(WeightedEvent::timestamp).max().orElse(0);
            long cutoff = end - 7 * 86_400_000L;
            test = Holdout.timeBased(all.events(), cutoff, all.catalogue().stream().map(CatalogueEntry::item).toList())
                    .sample(500, 42);
            all = all.before(cutoff);
        } else {
            Path data = Path.of(System.getProperty("bench.data", "../shared/datasets")).resolve(dataset);
            List<WeightedEvent> events = dataset.startsWith("ml") ? Datasets.movieLens(data) : Datasets.beauty(data);
            test = dataset.startsWith("ml") ? Protocols.stratified(events, 0.75, 42) : Protocols.leaveLastOut(events);
            all = new TrainingData(Protocols.trainingEvents(test), List.of(), List.of());
        }
        List<WeightedEvent> train = all.events();
        System.out.printf(Locale.ROOT, "data ready in %.1f s%n", (System.nanoTime() - g0) / 1e9);
        ShopModel model;
        long t0 = System.nanoTime();
        double cpuBefore = cpuSeconds();
        double startup = 0;
        if (trainer.equals("spark")) {
            // the job's own session on this machine (SparkShopJob.onThisMachine); -Dbench.partitions overrides its shuffles
            SparkSession.Builder builder = SparkShopJob.onThisMachine(SparkSession.builder().appName("vitrine-spark-bench"),
                    System.getProperty("bench.master", "local[2]"));
            if (System.getProperty("bench.partitions") != null) {
                builder.config("spark.sql.shuffle.partitions", System.getProperty("bench.partitions"));
            }
            SparkSession spark = builder.getOrCreate();
            SparkShopJob.quiet(spark);
            spark.sparkContext().addSparkListener(WORK);
            long started = System.nanoTime();
            Thread progress = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(60_000);
                        System.out.println(WORK.summary((System.nanoTime() - started) / 1e9));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-progress");
            progress.setDaemon(true);
            progress.start();
            startup = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            cpuBefore = cpuSeconds();
            SparkShopTrainer.Params params = SparkShopTrainer.Params.shop();
            if (args.length >= 5) {
                params = params.withAls(Integer.parseInt(args[2]), Double.parseDouble(args[3]), Double.parseDouble(args[4]));
            }
            List<Row> rows = new ArrayList<>(train.size());
            train.forEach(e -> rows.add(RowFactory.create(e.user().value(), e.item().value(), e.weight(), e.timestamp())));
            Dataset<Row> frame = spark.createDataFrame(rows, MongoEventSource.SCHEMA)
                    .withColumn("seq", functions.monotonically_increasing_id());
            model = new SparkShopTrainer(spark, params).train(frame, all.catalogue(), all.baskets(), CLOCK.instant());
        } else {
            // in-process: the plain recipe the Spark job trains; in-process-ease: the shop's trainer as it runs (EASE too)
            model = new ShopTrainer(CLOCK, trainer.endsWith("ease") ? ShopTrainer.MAX_EASE_ITEMS : 0).train(all);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double trainedCpu = cpuSeconds();
        System.out.printf(Locale.ROOT, "TRAINED %s %s in %.1f s, %.1f s of CPU (JVM total so far %.1f s); evaluating%n", dataset,
                trainer, seconds, trainedCpu - cpuBefore, trainedCpu);
        if (trainer.equals("spark")) {
            System.out.println(WORK.summary(seconds));
        }
        OfflineEvaluation eval = OfflineEvaluation.standard(10);
        Map<String, Double> blend = eval.evaluate(model.blend(), test);
        Map<String, Double> onlyIals = new HashMap<>();
        model.blend().weights().keySet().stream().filter(name -> !name.equals("ials")).forEach(name -> onlyIals.put(name, 0.0));
        Map<String, Double> ials = model.blend().weights().containsKey("ials")
                ? eval.evaluate((ItemScorer) model.blend().reweighted(onlyIals), test) : Map.of("ndcg@10", Double.NaN);
        System.out.printf(Locale.ROOT, "RESULT %s %s: %d training events, %d test users; train %.2f s (Spark start-up %.1f s); "
                        + "blend %s ndcg@10 %.4f hr@10 %.4f recall@10 %.4f; ials alone ndcg@10 %.4f; heap peak %d MB; load %s; "
                        + "CPU %.1f s at the end of training, %.1f s with the evaluation%n",
                dataset, trainer, train.size(), test.test().size(), seconds, startup, model.blend().weights(),
                blend.get("ndcg@10"), blend.get("hr@10"), blend.get("recall@10"), ials.get("ndcg@10"), heapPeakMb(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), trainedCpu, cpuSeconds());
        System.exit(0);
    }

    private static final Work WORK = new Work();

    /**
     * What Spark ran: jobs, stages and tasks, and the tasks' run time beside the wall time (with two threads, a
     * training whose tasks ran for much less than twice its wall time spent the rest scheduling, or waiting for a core).
     */
    public static final class Work extends SparkListener {
        final AtomicLong jobs = new AtomicLong();
        final AtomicLong stages = new AtomicLong();
        final AtomicLong tasks = new AtomicLong();
        final AtomicLong runMillis = new AtomicLong();
        final AtomicLong gcMillis = new AtomicLong();
        final AtomicLong shuffleBytes = new AtomicLong();

        @Override
        public void onJobEnd(SparkListenerJobEnd end) {
            jobs.incrementAndGet();
        }

        @Override
        public void onStageCompleted(SparkListenerStageCompleted done) {
            stages.incrementAndGet();
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            tasks.incrementAndGet();
            if (end.taskMetrics() != null) {
                runMillis.addAndGet(end.taskMetrics().executorRunTime());
                gcMillis.addAndGet(end.taskMetrics().jvmGCTime());
                shuffleBytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
            }
        }

        public String summary(double wallSeconds) {
            // Spark SQL compiles generated code for every new plan (Janino): CPU that the in-process trainer never spends
            com.codahale.metrics.Histogram compiled = org.apache.spark.metrics.source.CodegenMetrics.METRIC_COMPILATION_TIME();
            return String.format(Locale.ROOT, "SPARK WORK %d jobs, %d stages, %d tasks; tasks ran %.1f s (GC %.1f s) in %.1f s "
                            + "of wall time; %d code compilations, about %.1f s; %.1f MB shuffled; the JVM has had %.1f s of CPU; "
                            + "load %.1f", jobs.get(), stages.get(), tasks.get(), runMillis.get() / 1e3, gcMillis.get() / 1e3,
                    wallSeconds, compiled.getCount(), compiled.getCount() * compiled.getSnapshot().getMean() / 1e3,
                    shuffleBytes.get() / 1e6, cpuSeconds(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** CPU time this JVM has had so far (all threads): on a loaded machine, the cost that does not depend on the load. */
    public static double cpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** The generated demo store of this size as the shop's reader would read it (TrainScale's conversion). */
    private static TrainingData generated(int products, int shoppers) {
        DemoStore store = new DemoStoreGenerator().generate(DemoSpec.of(42, Instant.parse("2026-11-29T09:00:00Z"), "x")
                .withProducts(products).withShoppers(shoppers));
        Map<String, UserId> users = new HashMap<>();
        Map<String, ItemId> items = new HashMap<>();
        List<WeightedEvent> events = new ArrayList<>();
        for (Interaction e : store.events()) {
            if (e.productId().isPresent() && e.type().weight() > 0) {
                events.add(new WeightedEvent(users.computeIfAbsent(e.userId(), UserId::of),
                        items.computeIfAbsent(e.productId().get(), ItemId::of), e.type().weight(), e.occurredAt().toEpochMilli()));
            }
        }
        List<CatalogueEntry> catalogue = store.products().stream().map(p -> new CatalogueEntry(
                items.computeIfAbsent(p.id().value(), ItemId::of), p.category(), p.subCategory(), p.sellerId())).toList();
        List<Set<ItemId>> baskets = store.orders().stream().map(o -> {
            Set<ItemId> b = new LinkedHashSet<>();
            o.lines().forEach(l -> b.add(items.computeIfAbsent(l.productId(), ItemId::of)));
            return b;
        }).toList();
        return new TrainingData(events, catalogue, baskets);
    }

    public static long heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
