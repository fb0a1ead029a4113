package io.vitrine.recommend.spark;

import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.PlatformSettings;
import io.vitrine.recommend.RecommendSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs the Spark job for a retraining when {@link SparkSettings} choose it, as a separate process (the shop never
 * loads a Spark class), and reads the {@link SparkCandidate} it wrote. The MongoDB address goes to the job in its
 * environment ({@code VITRINE_SPARK_MONGO_URL}), not on its command line, where {@code ps} would show a password.
 * A job that fails, times out or writes nothing throws: the lifecycle records the training FAILED and the live
 * model keeps serving.
 */
@ApplicationScoped
public class SparkTraining {

    /** Environment variable carrying the MongoDB connection string to the job. */
    public static final String MONGO_URL_ENV = "VITRINE_SPARK_MONGO_URL";
    private static final Logger LOG = Logger.getLogger(SparkTraining.class.getName());

    /** How the job runs with its options; the shop starts a process, tests run it in their own JVM. */
    @FunctionalInterface
    public interface Launch {
        void run(List<String> jobArgs, String mongoUrl, Path folder) throws IOException, InterruptedException;
    }

    @Inject
    Config config;
    @Inject
    MongoConnection mongo;
    @Inject
    PlatformSettings platform;
    @Inject
    RecommendSettings recommend;

    /** Read from {@link #config} at the first retraining (a bad setting fails that retraining, with its message). */
    private volatile SparkSettings settings;
    private Launch launch = this::process;
    private LongSupplier storedEvents = () -> mongo.database().getCollection("events").estimatedDocumentCount();

    public SparkTraining() {
    }

    /** For tests: no container; {@code launch} runs the job, {@code storedEvents} counts the events. */
    public SparkTraining(SparkSettings settings, PlatformSettings platform, RecommendSettings recommend,
                         LongSupplier storedEvents, Launch launch) {
        this.settings = settings;
        this.platform = platform;
        this.recommend = recommend;
        this.storedEvents = storedEvents;
        this.launch = launch;
    }

    /**
     * A Spark training already done: hands {@code candidate} (which an operator's job trained itself) to the shop's
     * engine, whose lifecycle gates and publishes it as it does the candidate of a job it started.
     */
    public static SparkTraining trained(SparkCandidate candidate) {
        java.util.Objects.requireNonNull(candidate, "candidate");
        return new SparkTraining() {
            @Override
            public Optional<SparkCandidate> trainIfChosen(Consumer<String> progress) {
                progress.accept("publishing the Spark job's candidate");
                return Optional.of(candidate);
            }
        };
    }

    /** Whether the next retraining runs on Spark (by configuration, or by the number of stored events). */
    public boolean chosen() {
        SparkSettings chosen = settings();
        return chosen.mode() != SparkSettings.Mode.OFF && chosen.chosen(storedEvents.getAsLong());
    }

    private SparkSettings settings() {
        if (settings == null) {
            settings = SparkSettings.from(config);
        }
        return settings;
    }

    /** The Spark job's candidate when Spark is chosen for this retraining, else empty (the shop trains itself). */
    public Optional<SparkCandidate> trainIfChosen(Consumer<String> progress) {
        if (!chosen()) {
            return Optional.empty();
        }
        Path folder = null;
        try {
            Path models = Files.createDirectories(platform.dataDir().resolve("models"));
            folder = Files.createTempDirectory(models, "spark-");
            progress.accept("training with Spark (" + settings().master() + ")");
            long t0 = System.nanoTime();
            launch.run(jobArgs(folder), platform.mongoUrl(), folder);
            SparkCandidate candidate = SparkCandidate.read(folder);
            LOG.info(() -> String.format(java.util.Locale.ROOT, "Spark trained on %d events of %d shoppers in %.1f s: %s",
                    candidate.events(), candidate.users(), (System.nanoTime() - t0) / 1e9, candidate.metrics()));
            return Optional.of(candidate);
        } catch (IOException e) {
            throw new UncheckedIOException("the Spark training failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparkJobException("the Spark training was interrupted", e);
        } finally {
            delete(folder);
        }
    }

    /** The job's own options: where and how to read, where to write, the holdout; the master comes from the command. */
    List<String> jobArgs(Path folder) {
        List<String> args = new java.util.ArrayList<>(List.of("--database", platform.databaseName(), "--out", folder.toString(),
                "--holdout-days", Integer.toString(recommend.holdoutDays()), "--read-max", Integer.toString(settings().readMax())));
        args.addAll(settings().readArgs(platform.embeddedMongo()));
        return List.copyOf(args);
    }

    /** Runs the job's command and waits for it; its output goes to {@code job.log} beside the candidate. */
    private void process(List<String> jobArgs, String mongoUrl, Path folder) throws IOException, InterruptedException {
        List<String> command = settings().command(Path.of(System.getProperty("java.home")), jobArgs);
        Path log = folder.resolve("job.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put(MONGO_URL_ENV, mongoUrl);
        Process job = builder.start();
        if (!job.waitFor(settings().timeoutMinutes(), TimeUnit.MINUTES)) {
            job.destroyForcibly();
            throw new SparkJobException("the Spark job ran longer than " + settings().timeoutMinutes() + " minutes: stopped; "
                    + tail(log));
        }
        if (job.exitValue() != 0) {
            throw new SparkJobException("the Spark job ended with exit code " + job.exitValue() + ": " + tail(log));
        }
    }

    /** The last lines of the job's log, for the job's failure message. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + folder + ": " + e);
        }
    }

    /** The Spark job did not finish with a candidate. */
    public static final class SparkJobException extends RuntimeException {

        public SparkJobException(String message) {
            super(message);
        }

        public SparkJobException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
