package io.vitrine.recommend;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.vitrine.platform.PlatformSettings;
import io.vitrine.platform.models.InMemoryModelRegistry;
import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.platform.cluster.MongoChangeLog;
import io.vitrine.platform.cluster.MongoLeases;
import io.vitrine.platform.models.GridFsModelBlobs;
import io.vitrine.platform.models.ModelRegistry;
import io.vitrine.platform.models.ModelSharing;
import io.vitrine.recommend.spark.DriverModelRegistry;
import io.vitrine.recommend.spark.MongoEventSource;
import io.vitrine.recommend.spark.Publication;
import io.vitrine.recommend.spark.SparkCandidate;
import io.vitrine.recommend.spark.SparkSettings;
import io.vitrine.recommend.spark.SparkShopJob;
import io.vitrine.recommend.spark.SparkShopTrainer;
import io.vitrine.recommend.spark.SparkTraining;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.vitrine.recommend.RecommendationServiceTest.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in {@code local[2]} trains from the shop's MongoDB (the embedded server, holding the 8 shoppers of
 * {@link RecommendationServiceTest#shop()}; read by the MongoDB Spark connector, and by the driver's slices), its candidate goes through the shop's lifecycle (holdout gate, saved
 * file, registry) as a retraining of {@code shop-blend} whose in-process trainer would throw, and a restarted shop
 * serves it from the saved file. One Spark session for the class: starting one costs 10-20 s.
 */
class SparkTrainedModelTest {

    private static final String DATABASE = "vitrine-spark-test";
    /** The shop's settings with a small, short ALS: each ALS iteration is a few Spark jobs, seconds even on 24 events. */
    private static final SparkShopTrainer.Params QUICK = SparkShopTrainer.Params.shop().withAls(4, 0.1, 2).withIterations(2);

    @TempDir
    static Path folder;
    static MongoServer server;
    static String url;
    static SparkSession spark;

    @BeforeAll
    static void startMongoAndSpark() {
        server = new MongoServer(new H2Backend(org.h2.mvstore.MVStore.open(null)));
        InetSocketAddress address = server.bind();
        url = "mongodb://" + address.getHostString() + ":" + address.getPort();
        try (MongoClient client = MongoClients.create(url)) {
            MongoDatabase db = client.getDatabase(DATABASE);
            TrainingData shop = RecommendationServiceTest.shop();
            List<Document> events = new ArrayList<>();
            for (WeightedEvent e : shop.events()) {
                events.add(new Document("type", "VIEW").append("userId", e.user().value())
                        .append("productId", e.item().value()).append("occurredAt", e.timestamp()));
            }
            events.add(new Document("type", "SEARCH").append("userId", "u1").append("occurredAt", 0L));
            db.getCollection("events").insertMany(events);
            db.getCollection("products").insertMany(shop.catalogue().stream().map(c -> new Document("_id", c.item().value())
                    .append("category", c.category()).append("subCategory", c.subCategory()).append("sellerId", c.seller()))
                    .toList());
        }
        spark = SparkShopJob.onThisMachine(SparkSession.builder().appName("vitrine-spark-test"), "local[2]")
                .config("spark.sql.shuffle.partitions", "2").config("spark.default.parallelism", "2").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        if (server != null) {
            server.shutdownNow();
        }
    }

    /** The shop's Spark training with the job run in this JVM instead of a process (the command is SparkSettingsTest's). */
    private static SparkTraining sparkTraining(Path dataDir) {
        // the connector on the embedded server: paged by _id (it has no $collStats for the default partitioner), 3 partitions
        SparkSettings on = new SparkSettings(SparkSettings.Mode.ON, 0, "local[2]", "unused: the test runs the job itself", "",
                "", "1g", 5, 10, SparkSettings.Read.CONNECTOR, "PaginateIntoPartitionsPartitioner");
        PlatformSettings platform = new PlatformSettings(true, 0, Optional.empty(), url, DATABASE, dataDir,
                Optional.empty(), Optional.empty());
        return new SparkTraining(on, platform, RecommendSettings.defaults(), () -> 25, (args, mongoUrl, out) -> {
            List<String> withUrl = new ArrayList<>(args);
            withUrl.addAll(List.of("--mongo", mongoUrl));
            SparkShopJob.run(spark, SparkShopJob.Options.parse(withUrl.toArray(String[]::new), Map.of()), QUICK, CLOCK);
        });
    }

    @Test
    void theModelSparkTrainsFromMongoGoesLiveAndARestartedShopServesIt() throws java.io.IOException {
        Path dataDir = folder.resolve("data");
        Path models = dataDir.resolve("models");
        InMemoryModelRegistry registry = new InMemoryModelRegistry();
        RecommendationService service = new RecommendationService(null, null);
        ShopModels engine = new ShopModels(service, RecommendationServiceTest.THROWS, CLOCK, RecommendSettings.defaults());
        engine.trainWithSpark(sparkTraining(dataDir));
        ModelLifecycle<ShopModel> lifecycle = new ModelLifecycle<>(engine, registry, models, Runnable::run, CLOCK);

        RetrainJob job = lifecycle.retrain(RetrainJob.queued("job", "test", CLOCK.instant()), phase -> { });

        assertEquals(RetrainJob.State.LIVE, job.state(), job.message() + " (the in-process trainer throws: Spark trained it)");
        ModelVersion recorded = registry.latestLive(RecommendationService.KIND).orElseThrow();
        assertEquals(1, recorded.version());
        assertEquals(8, recorded.users());
        assertEquals(23, recorded.items());
        assertEquals(24, recorded.events(), "the search event has no product and no weight: not read");
        assertEquals(1.0, recorded.metrics().get("ndcg@10"), 1e-9, "c ranked first for the 3 holdout shoppers, as in-process");
        assertEquals(3.0, recorded.metrics().get("holdoutUsers"));
        try (Stream<Path> left = java.nio.file.Files.list(models)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("spark-")), "the job's folder is removed");
        }

        RecommendationService restarted = new RecommendationService(null, null);
        ShopModels restartedEngine = new ShopModels(restarted, RecommendationServiceTest.THROWS, CLOCK, RecommendSettings.defaults());
        ModelLifecycle<ShopModel> again = new ModelLifecycle<>(restartedEngine, registry, models, Runnable::run, CLOCK);
        restartedEngine.restore(again, RetrainJob.queued("start-up", "test", CLOCK.instant()), phase -> { });

        ShopModel served = restarted.model();
        assertEquals(1, served.version());
        assertEquals(Map.of("knn", 1.0, "transitions", 0.5, "ials", 0.5, "popularity", 0.1), served.blend().weights());
        List<Recommendation> top = served.blend().recommend(UserHistory.of("x", "a"), 2,
                BlendRules.none().excluding(Set.of(ItemId.of("b"))));
        assertEquals("c", top.get(0).item().value());
        assertEquals("similar to a", top.get(0).reason().text());
        assertEquals(List.of("b", "c"), served.similar().similarTo(ItemId.of("a"), 2, id -> true).stream()
                .map(r -> r.item().value()).sorted().toList());
        assertTrue(served.popularity().popularity(ItemId.of("c")) > served.popularity().popularity(ItemId.of("filler0")));
    }

    /**
     * The operator's path ({@code spark-submit ... --publish DIR}): the job gates its candidate with the shop's engine and
     * writes it into the shared registry, GridFS and change log by itself, and a node of the cluster, which started
     * nothing, serves it at its next poll; a candidate below the live version is refused, and one whose live version
     * cannot be read is not published at all.
     */
    @Test
    void anOperatorsJobPublishesThroughTheShopsGateAndANodeServesWhatItPublished() throws java.io.IOException {
        Path operator = folder.resolve("operator");
        // the driver's slices, the reader the shop chooses on its embedded server
        SparkShopJob.Options options = SparkShopJob.Options.parse(new String[]{"--publish", operator.toString(), "--mongo", url,
                "--database", DATABASE, "--read-max", "10", "--read", "slices"}, Map.of());
        try (MongoClient client = MongoClients.create(url)) {
            MongoDatabase db = client.getDatabase(DATABASE);
            // a node: its own disk, the registry, GridFS and change log it shares with the job; nothing served yet
            ModelRegistry registry = new DriverModelRegistry(db);
            RecommendationService serving = new RecommendationService(null, null);
            ShopModels nodeEngine = new ShopModels(serving, RecommendationServiceTest.THROWS, CLOCK, RecommendSettings.defaults());
            ModelLifecycle<ShopModel> node = new ModelLifecycle<>(nodeEngine, registry, folder.resolve("node"), Runnable::run,
                    CLOCK, new ModelSharing(new GridFsModelBlobs(db), new MongoLeases(db, "node1", CLOCK), Duration.ofMinutes(10),
                    new MongoChangeLog(db, "node1", CLOCK)));
            SparkCandidate trained = SparkShopJob.train(spark, options, QUICK, CLOCK);

            RetrainJob first = Publication.publish(trained, db, operator, options.shop(), CLOCK);

            assertEquals(RetrainJob.State.LIVE, first.state(), first.message());
            assertEquals(Optional.of(1L), first.version());
            // the document the shop's JNoSQL registry reads: _id kind-version, epoch milliseconds, metrics, status by name
            Document row = db.getCollection("model_versions").find(new Document("_id", "shop-blend-1")).first();
            assertEquals("LIVE", row.getString("status"));
            assertEquals(CLOCK.millis(), row.getLong("trainedAt"));
            assertEquals(24L, row.getLong("events"));
            assertEquals(1.0, row.get("metrics", Document.class).getDouble("ndcg@10"), 1e-9);
            Document announced = db.getCollection("changes").find(new Document("topic", "model")).first();
            assertEquals(List.of("shop-blend", "1"), List.of(announced.getString("key"), announced.getString("value")));
            assertEquals(1L, node.follow().orElseThrow().version(), "the node serves the version from GridFS");
            ShopModel served = serving.model();
            assertEquals(Map.of("knn", 1.0, "transitions", 0.5, "ials", 0.5, "popularity", 0.1), served.blend().weights());
            assertEquals(1.0, served.metrics().get("ndcg@10"), 1e-9);

            // a version scoring 2.0 goes live on the node: the job's candidate (1.0) is below it
            node.files().save(served.as(2, Map.of("ndcg@10", 2.0)), 2);
            registry.record(new ModelVersion(RecommendationService.KIND, 2, CLOCK.instant(), 8, 23, 24, Map.of("ndcg@10", 2.0),
                    ModelVersion.Status.LIVE, "a better version"));
            RetrainJob second = Publication.publish(trained, db, operator, options.shop(), CLOCK);

            assertEquals(RetrainJob.State.REJECTED, second.state(), second.message());
            assertEquals("ndcg@10 1.0000 on the holdout is below the live version 2's 2.0000", second.message());
            assertEquals(ModelVersion.Status.REJECTED, registry.history(RecommendationService.KIND).get(2).status());
            assertEquals(2L, registry.latestLive(RecommendationService.KIND).orElseThrow().version());
            assertEquals(1L, db.getCollection("changes").countDocuments(new Document("topic", "model")), "nothing announced");

            // the live version's file gone from GridFS and from the job's folder: nothing to compare with
            node.files().delete(2);
            java.nio.file.Files.delete(operator.resolve("models/shop-blend/shop-blend-2.ser.gz"));
            RetrainJob third = Publication.publish(trained, db, operator, options.shop(), CLOCK);

            assertEquals(RetrainJob.State.FAILED, third.state(), third.message());
            assertTrue(third.message().startsWith("the live version 2 of shop-blend has no readable file"), third.message());
            assertEquals(3L, registry.lastVersion(RecommendationService.KIND), "nothing recorded");
        }
    }

    /**
     * Both readers, on the embedded server, read the same events: the connector (paged by {@code _id} into several
     * partitions, and in one) and the driver's slices keep those with a shopper, a product, a time and a weighted type,
     * weighted as {@code InteractionType.parse} reads the type (any case, '-' for '_').
     */
    @Test
    void theConnectorAndTheDriversSlicesReadTheSameWeightedEvents() {
        String database = "vitrine-spark-read";
        try (MongoClient client = MongoClients.create(url)) {
            client.getDatabase(database).getCollection("events").insertMany(List.of(
                    new Document("type", "VIEW").append("userId", "u1").append("productId", "p1").append("occurredAt", 1L),
                    new Document("type", "purchase").append("userId", "u1").append("productId", "p2").append("occurredAt", 2L),
                    new Document("type", "add-to-cart").append("userId", "u2").append("productId", "p1").append("occurredAt", 3L),
                    new Document("type", "SEARCH").append("userId", "u2").append("occurredAt", 4L),
                    new Document("type", "SEARCH").append("userId", "u2").append("productId", "p1").append("occurredAt", 4L),
                    new Document("type", "VIEW").append("productId", "p3").append("occurredAt", 5L),
                    new Document("type", "shrug").append("userId", "u3").append("productId", "p3").append("occurredAt", 5L),
                    new Document("type", "RATING").append("userId", "u3").append("productId", "p3").append("occurredAt", 6L),
                    new Document("type", "VIEW").append("userId", "u3").append("productId", "p1")));
        }
        List<String> expected = List.of("u1 p1 1.0 1", "u1 p2 5.0 2", "u2 p1 3.0 3", "u3 p3 2.0 6");

        Dataset<Row> paged = new MongoEventSource(url, database, 2, MongoEventSource.Reader.CONNECTOR,
                "PaginateIntoPartitionsPartitioner").events(spark);
        Dataset<Row> single = new MongoEventSource(url, database, 2, MongoEventSource.Reader.CONNECTOR,
                "com.mongodb.spark.sql.connector.read.partitioner.SinglePartitionPartitioner").events(spark);
        Dataset<Row> sliced = new MongoEventSource(url, database, 2, MongoEventSource.Reader.SLICES, "").events(spark);

        assertTrue(paged.rdd().getNumPartitions() > 1, "paged: " + paged.rdd().getNumPartitions() + " partitions");
        assertEquals(1, single.rdd().getNumPartitions());
        assertEquals(expected, rows(paged));
        assertEquals(expected, rows(single));
        assertEquals(expected, rows(sliced));
        assertEquals(List.of("user", "item", "weight", "ts", "seq"), List.of(paged.columns()));
    }

    private static List<String> rows(Dataset<Row> events) {
        return events.collectAsList().stream().map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getDouble(2) + " "
                + r.getLong(3)).sorted().toList();
    }
}
