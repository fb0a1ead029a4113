package io.vitrine.platform.cluster;

import io.vitrine.it.Api;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One Vitrine node of {@link ClusterIT}: a Payara Micro process started as an operator starts one (see
 * docker/vitrine-node.sh), its ports, its log file and the admin API on it. Start-up is watched, not only waited for:
 * a node whose deployment failed, or whose process ended, fails at once with the tail of its log, and a deployment
 * that failed because a port was taken in the meantime is started again on other ports.
 */
final class ClusterNode {

    static final String ADMIN_KEY = System.getProperty("it.admin.key", "it-admin-key-0123456789");
    /**
     * Lines of a node's log that mean its deployment or a start-up step failed (the start-up sequence logs a failed
     * step as SEVERE and goes on): waiting longer cannot help.
     */
    static final List<String> DEPLOYMENT_FAILED = List.of("Exception while loading the app", "Exception while deploying",
            "Deployment failed", "Exception during lifecycle processing", "java.lang.OutOfMemoryError");
    static final String FAILED_STEP = "io.vitrine.platform.startup.StartupSequence";
    /** Ports are picked below the kernel's ephemeral range, where no outgoing connection takes them meanwhile. */
    static final int LOWEST_PORT = 20_000;
    static final int HIGHEST_PORT = 32_000;
    private static final Set<Integer> TAKEN = new HashSet<>();

    final String name;
    final Path log;
    final int http;
    final int hazelcast;
    final Process process;
    final Api api;

    private ClusterNode(String name, Path log, int http, int hazelcast, Process process) throws IOException {
        this.name = name;
        this.log = log;
        this.http = http;
        this.hazelcast = hazelcast;
        this.process = process;
        this.api = Api.at(new URL(root())).withKey(ADMIN_KEY);
    }

    String root() {
        return "http://127.0.0.1:" + http;
    }

    /** The plan of one node: how to start it once its ports are known. */
    record Plan(Path work, String name, String cluster, List<String> properties) {
    }

    /**
     * Starts a node on a fresh HTTP port and Hazelcast port {@code hazelcast}, looking for the Hazelcast
     * {@code members} (its own port among them), and waits until it serves. When its deployment failed on a port
     * taken in the meantime, starts it again (twice at most) on other ports.
     */
    static ClusterNode startServing(Plan plan, int hazelcast, List<Integer> members, Duration within) throws IOException {
        int hz = hazelcast;
        List<Integer> others = new ArrayList<>(members);
        others.remove(Integer.valueOf(hazelcast));
        for (int attempt = 1; ; attempt++) {
            List<Integer> all = new ArrayList<>(others);
            all.add(hz);
            ClusterNode node = start(plan, freePort(), hz, all);
            try {
                node.awaitServing(within);
                return node;
            } catch (PortTaken e) {
                node.kill();
                if (attempt == 3) {
                    throw new AssertionError(e.getMessage());
                }
                System.out.println("ClusterIT: " + e.getMessage() + "\nClusterIT: starting " + plan.name() + " again on other ports");
                hz = freePort();
            }
        }
    }

    static ClusterNode start(Plan plan, int http, int hazelcast, List<Integer> members) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-XX:+UseSerialGC",
                "-Dvitrine.data.dir=" + plan.work().resolve(plan.name()).toAbsolutePath(),
                "-Dvitrine.admin.api-key=" + ADMIN_KEY,
                "-Dvitrine.demo.password=" + System.getProperty("it.demo.password", "vitrine-demo"),
                "-Dvitrine.vision.enabled=false",
                "-Dvitrine.cluster.enabled=true", "-Dvitrine.cluster.node=" + plan.name(),
                "-Dorg.bytedeco.javacpp.maxbytes=1G", "-Dorg.bytedeco.javacpp.maxphysicalbytes=3G",
                // Payara Micro's runtime folder beside the test's own temporary files (under target/ in the build)
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        command.addAll(plan.properties());
        StringBuilder tcp = new StringBuilder("tcpip:");
        for (int port : members) {
            tcp.append(tcp.length() > "tcpip:".length() ? "," : "").append("127.0.0.1:").append(port);
        }
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--addLibs", System.getProperty("it.addlibs", "target/addlibs"),
                "--deploy", System.getProperty("vitrine.war", "target/vitrine.war"), "--contextroot", "/",
                "--port", String.valueOf(http),
                "--clustername", plan.cluster(), "--clustermode", tcp.toString(), "--startport", String.valueOf(hazelcast),
                "--interfaces", "127.0.0.1"));
        Path log = plan.work().resolve(plan.name() + ".log");
        Files.deleteIfExists(log);
        File out = log.toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start();
        return new ClusterNode(plan.name(), log, http, hazelcast, process);
    }

    /** A deployment that failed on a taken port: the node may be started again on other ports. */
    static final class PortTaken extends RuntimeException {
        PortTaken(String message) {
            super(message);
        }
    }

    /**
     * Ready (health) and serving recommendations (its model trained or restored), checked every second; fails at once
     * when the process ends or the log shows a failed deployment, and after {@code within} otherwise, each time
     * with what it last saw and the tail of the log.
     */
    void awaitServing(Duration within) {
        long start = System.nanoTime();
        long end = start + within.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped (exit " + process.exitValue() + ") after "
                        + seconds(start) + " s; last seen: " + last + tail(80));
            }
            Optional<String> failed = firstLine(l -> DEPLOYMENT_FAILED.stream().anyMatch(l::contains)
                    || l.contains(FAILED_STEP) && l.contains("SEVERE"));
            if (failed.isPresent()) {
                String why = name + "'s deployment or start-up failed after " + seconds(start) + " s: " + failed.get();
                if (firstLine(l -> l.contains("Address already in use") || l.contains("BindException")).isPresent()) {
                    throw new PortTaken(why + " (a port was taken)" + tail(40));
                }
                throw new AssertionError(why + tail(80));
            }
            try {
                Api.Resp ready = api.serverRoot().get("/health/ready");
                Api.Resp popular = api.get("/api/v1/popular?n=3");
                if (ready.status() == 200 && popular.status() == 200) {
                    System.out.printf(Locale.ROOT, "ClusterIT: %s serving after %d s%n", name, seconds(start));
                    return;
                }
                last = "/health/ready " + ready.status() + " " + abbreviate(ready.body()) + ", /api/v1/popular "
                        + popular.status() + " " + abbreviate(popular.body());
            } catch (IllegalStateException notUpYet) {
                last = "no connection (" + notUpYet.getCause() + ")";
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new AssertionError(name + " was not serving within " + within + "; last seen: " + last + tail(80));
    }

    /** The version of the model that ranked this node's popular list (-1 while it has none). */
    long version() {
        Api.Resp r = api.get("/api/v1/popular?n=3");
        return r.status() == 200 ? r.json().getJsonNumber("modelVersion").longValue() : -1;
    }

    /** The log's length now: what it says from here on is read with {@link #logSince}. */
    long logMark() {
        return log.toFile().length();
    }

    /** What the log says after {@code mark}. */
    String logSince(long mark) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            byte[] bytes = new byte[(int) Math.max(0, length - mark)];
            file.seek(Math.min(mark, length));
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last {@code lines} lines of the log, for a failure message. */
    String tail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return "\n---- last " + Math.min(lines, all.size()) + " lines of " + log + " ----\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "\n(" + log + " unreadable: " + e + ")";
        }
    }

    private Optional<String> firstLine(java.util.function.Predicate<String> matching) {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(matching).findFirst().map(ClusterNode::abbreviate);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Kills the process at once (SIGKILL: no shutdown hook, no goodbye to the cluster), as a crash would. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the process as an operator would (SIGTERM), killing it when it does not end within a minute. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /**
     * A port nobody listens on and no connection holds (bound without address reuse, so a port in TIME_WAIT is not
     * taken), below the ephemeral range, and not handed out before in this run.
     */
    static synchronized int freePort() throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int tries = 0; tries < 500; tries++) {
            int port = random.nextInt(LOWEST_PORT, HIGHEST_PORT);
            if (TAKEN.contains(port)) {
                continue;
            }
            try (ServerSocket any = new ServerSocket()) {
                any.setReuseAddress(false);
                any.bind(new InetSocketAddress(port));
                TAKEN.add(port);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between " + LOWEST_PORT + " and " + HIGHEST_PORT);
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    @Override
    public String toString() {
        return name + " (http " + http + ", hazelcast " + hazelcast + ")";
    }
}
