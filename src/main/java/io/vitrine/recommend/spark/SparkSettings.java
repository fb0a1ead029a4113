package io.vitrine.recommend.spark;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.SettingsReader;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * When and how Spark trains the recommendation models (keys under {@code vitrine.recommend.spark.}, see README):
 * {@code mode} {@code off} (default: the shop trains in its own JVM), {@code on} (every retraining runs the Spark
 * job) or {@code auto} (Spark from {@code min-events} stored events on); the job runs as {@code java -cp classpath}
 * with {@code master} {@code local[n]}, or, when {@code submit} names a {@code spark-submit}, on that
 * {@code master} (a cluster, client mode: the driver writes the candidate on this machine) with {@code jars} (the
 * job's jar first). {@code driver-memory} is the job's heap, {@code timeout-minutes} how long the shop waits for
 * it, {@code read-max} how many events one partition reads per database query. {@code read}: how the job reads the
 * events, {@code connector} (the MongoDB Spark connector, partitioned by {@code partitioner}, blank for the
 * connector's default), {@code slices} (the MongoDB Java driver, by slices of {@code occurredAt}: for the embedded
 * server, which the connector's aggregations would make hold the events once per partition) or {@code auto}
 * (default: slices when the shop runs the embedded server, the connector otherwise).
 */
public record SparkSettings(Mode mode, long minEvents, String master, String classpath, String submit, String jars,
                            String driverMemory, int timeoutMinutes, int readMax, Read read, String partitioner) {

    /** The class {@code java -cp} and {@code spark-submit} start. */
    public static final String JOB_CLASS = "io.vitrine.recommend.spark.SparkShopJob";
    /**
     * The JDK internals Spark 3.5 reflects on, which Java 17 closes (the same list as pom.xml's {@code spark.opens});
     * {@code spark-submit} adds them itself.
     */
    static final List<String> OPENS = Arrays.stream(("java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio "
            + "java.util java.util.concurrent java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action "
            + "sun.util.calendar").split(" ")).map(p -> "--add-opens=java.base/" + p + "=ALL-UNNAMED").toList();

    public enum Mode { OFF, ON, AUTO }

    public enum Read { AUTO, CONNECTOR, SLICES }

    public SparkSettings {
        java.util.Objects.requireNonNull(read, "read");
        java.util.Objects.requireNonNull(partitioner, "partitioner");
        if (mode != Mode.OFF && classpath.isBlank() && submit.isBlank()) {
            throw new InvalidInputException("vitrine.recommend.spark.mode=" + mode.name().toLowerCase(Locale.ROOT)
                    + " needs vitrine.recommend.spark.classpath (the job's class path for java -cp) or .submit (spark-submit)");
        }
        if (!submit.isBlank() && jars.isBlank()) {
            throw new InvalidInputException("vitrine.recommend.spark.submit needs vitrine.recommend.spark.jars (the job's jar first)");
        }
        if (minEvents < 0 || timeoutMinutes < 1 || readMax < 1) {
            throw new InvalidInputException("vitrine.recommend.spark.min-events must be 0 or more, .timeout-minutes and .read-max 1 or more");
        }
    }

    /** Spark off: the documented defaults. */
    public static SparkSettings defaults() {
        return new SparkSettings(Mode.OFF, 5_000_000, "local[2]", "", "", "", "2g", 120, 100_000, Read.AUTO, "");
    }

    /** Whether a retraining over this many stored events runs the Spark job. */
    public boolean chosen(long storedEvents) {
        return mode == Mode.ON || mode == Mode.AUTO && storedEvents >= minEvents;
    }

    /** The command that runs the job with {@code jobArgs} (its own options: database, output folder, holdout). */
    public List<String> command(Path javaHome, List<String> jobArgs) {
        List<String> command = new ArrayList<>();
        if (submit.isBlank()) {
            command.add(javaHome.resolve("bin").resolve("java").toString());
            command.add("-Xmx" + driverMemory);
            command.addAll(OPENS);
            command.addAll(List.of("-cp", classpath, JOB_CLASS));
            command.addAll(jobArgs);
            command.addAll(List.of("--master", master));
        } else {
            List<String> jarList = Arrays.stream(jars.split(",")).map(String::strip).filter(j -> !j.isEmpty()).toList();
            command.addAll(List.of(submit, "--master", master, "--deploy-mode", "client", "--class", JOB_CLASS,
                    "--driver-memory", driverMemory));
            if (jarList.size() > 1) {
                command.addAll(List.of("--jars", String.join(",", jarList.subList(1, jarList.size()))));
            }
            command.add(jarList.get(0));
            command.addAll(jobArgs);
        }
        return List.copyOf(command);
    }

    /** The job's options that say how it reads the shop's events ({@code --read}, {@code --partitioner}). */
    public List<String> readArgs(boolean embeddedMongo) {
        Read chosen = read != Read.AUTO ? read : embeddedMongo ? Read.SLICES : Read.CONNECTOR;
        List<String> args = new ArrayList<>(List.of("--read", chosen.name().toLowerCase(Locale.ROOT)));
        if (chosen == Read.CONNECTOR && !partitioner.isBlank()) {
            args.addAll(List.of("--partitioner", partitioner.strip()));
        }
        return List.copyOf(args);
    }

    /** The settings under {@code vitrine.recommend.spark.}; a bad mode or read is refused. */
    public static SparkSettings from(Config config) {
        SettingsReader c = new SettingsReader(config, "vitrine.recommend.spark.");
        SparkSettings d = defaults();
        return new SparkSettings(choice(c, "mode", "off", Mode.class), c.get("min-events", d.minEvents()),
                c.get("master", d.master()), c.get("classpath", d.classpath()), c.get("submit", d.submit()),
                c.get("jars", d.jars()), c.get("driver-memory", d.driverMemory()),
                c.get("timeout-minutes", d.timeoutMinutes()), c.get("read-max", d.readMax()),
                choice(c, "read", "auto", Read.class), c.get("partitioner", d.partitioner()));
    }

    private static <E extends Enum<E>> E choice(SettingsReader c, String key, String fallback, Class<E> type) {
        String value = c.get(key, fallback).strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new InvalidInputException("vitrine.recommend.spark." + key + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ", not " + value.toLowerCase(Locale.ROOT));
    }
}
