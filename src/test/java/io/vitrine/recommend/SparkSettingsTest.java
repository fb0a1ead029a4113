package io.vitrine.recommend;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.recommend.spark.SparkCandidate;
import io.vitrine.recommend.spark.SparkSettings;
import io.vitrine.recommend.train.ShopTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.vitrine.recommend.RecommendationServiceTest.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the shop hands a retraining to Spark, the command it runs, and the candidate folder both sides share. */
class SparkSettingsTest {

    static final List<String> JOB_ARGS = List.of("--database", "vitrine", "--out", "/tmp/c");

    static SparkSettings settings(SparkSettings.Mode mode, String classpath, String submit, String jars) {
        return new SparkSettings(mode, 1000, "local[2]", classpath, submit, jars, "3g", 60, 100_000, SparkSettings.Read.AUTO, "");
    }

    @Test
    void offTrainsInTheShopOnAlwaysAndAutoAboveTheEventCount() {
        assertFalse(SparkSettings.defaults().chosen(Long.MAX_VALUE));
        assertTrue(settings(SparkSettings.Mode.ON, "cp", "", "").chosen(0));
        assertFalse(settings(SparkSettings.Mode.AUTO, "cp", "", "").chosen(999));
        assertTrue(settings(SparkSettings.Mode.AUTO, "cp", "", "").chosen(1000));
    }

    @Test
    void localModeRunsJavaWithTheOpensSparkNeedsAndTheMaster() {
        List<String> command = settings(SparkSettings.Mode.ON, "job.jar:/opt/spark/jars/*", "", "")
                .command(Path.of("/jdk"), JOB_ARGS);

        assertEquals(Path.of("/jdk/bin/java").toString(), command.get(0));
        assertEquals("-Xmx3g", command.get(1));
        assertTrue(command.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"));
        int cp = command.indexOf("-cp");
        assertEquals(List.of("-cp", "job.jar:/opt/spark/jars/*", SparkSettings.JOB_CLASS, "--database", "vitrine", "--out",
                "/tmp/c", "--master", "local[2]"), command.subList(cp, command.size()));
    }

    @Test
    void submitModeRunsSparkSubmitInClientModeWithTheJobJarFirst() {
        List<String> command = settings(SparkSettings.Mode.AUTO, "", "/opt/spark/bin/spark-submit",
                "job.jar, classes.jar,mongodb-driver-sync.jar").command(Path.of("/jdk"), JOB_ARGS);

        assertEquals(List.of("/opt/spark/bin/spark-submit", "--master", "local[2]", "--deploy-mode", "client", "--class",
                SparkSettings.JOB_CLASS, "--driver-memory", "3g", "--jars", "classes.jar,mongodb-driver-sync.jar", "job.jar",
                "--database", "vitrine", "--out", "/tmp/c"), command);
    }

    @Test
    void theJobReadsByTheConnectorOnARealMongoAndByTheDriversSlicesOnTheEmbeddedServerUnlessTold() {
        SparkSettings auto = settings(SparkSettings.Mode.ON, "cp", "", "");
        SparkSettings paged = new SparkSettings(SparkSettings.Mode.ON, 0, "local[2]", "cp", "", "", "2g", 60, 100_000,
                SparkSettings.Read.AUTO, "PaginateIntoPartitionsPartitioner");
        SparkSettings connector = new SparkSettings(SparkSettings.Mode.ON, 0, "local[2]", "cp", "", "", "2g", 60, 100_000,
                SparkSettings.Read.CONNECTOR, "");

        assertEquals(List.of("--read", "connector"), auto.readArgs(false));
        assertEquals(List.of("--read", "slices"), auto.readArgs(true));
        assertEquals(List.of("--read", "connector", "--partitioner", "PaginateIntoPartitionsPartitioner"), paged.readArgs(false));
        assertEquals(List.of("--read", "slices"), paged.readArgs(true), "no partitioner for the driver's slices");
        assertEquals(List.of("--read", "connector"), connector.readArgs(true));
    }

    @Test
    void sparkOnWithoutAClassPathOrSubmitIsAConfigurationError() {
        assertThrows(InvalidInputException.class, () -> settings(SparkSettings.Mode.ON, "", "", ""));
        assertThrows(InvalidInputException.class, () -> settings(SparkSettings.Mode.ON, "", "/opt/spark/bin/spark-submit", ""));
        assertThrows(InvalidInputException.class, () -> new SparkSettings(SparkSettings.Mode.OFF, -1, "local[2]", "", "", "",
                "2g", 60, 100_000, SparkSettings.Read.AUTO, ""));
    }

    @Test
    void aCandidateReadsBackAsWrittenAndAnUnfinishedFolderIsRefused(@TempDir Path folder) throws IOException {
        ShopModel model = new ShopTrainer(CLOCK, 0).train(RecommendationServiceTest.shop());
        new SparkCandidate(model, Map.of("ndcg@10", 0.5, "holdoutUsers", 3.0), 8, 23, 24).write(folder.resolve("done"));

        SparkCandidate read = SparkCandidate.read(folder.resolve("done"));

        assertEquals(Map.of("ndcg@10", 0.5, "holdoutUsers", 3.0), read.metrics());
        assertEquals(List.of(8L, 23L, 24L), List.of(read.users(), read.items(), read.events()));
        assertEquals(model.blend().weights(), read.model().blend().weights());
        Files.createDirectories(folder.resolve("unfinished"));
        Files.copy(folder.resolve("done").resolve("shop-blend-candidate.ser.gz"),
                folder.resolve("unfinished").resolve("shop-blend-candidate.ser.gz"));
        assertThrows(IOException.class, () -> SparkCandidate.read(folder.resolve("unfinished")));
    }
}
