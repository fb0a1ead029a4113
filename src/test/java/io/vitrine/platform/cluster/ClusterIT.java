package io.vitrine.platform.cluster;

import io.vitrine.it.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Vitrine nodes on Payara Micro, started as an operator starts them (see docker/vitrine-node.sh): a Hazelcast
 * cluster over TCP on 127.0.0.1 (multicast off) and one MongoDB, the first node's embedded server. A model
 * retrained on node 1 serves on node 2 within 5 s (its file comes through GridFS, the new version through the change
 * log); a product created on node 2 is found by text search on node 1 within 2 s. Photo search is off to keep the two
 * start-ups short on a shared machine. The node logs are in {@code target/cluster-it/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String ADMIN_KEY = System.getProperty("it.admin.key", "it-admin-key-0123456789");
    static final Duration START = Duration.ofMinutes(12);

    static final List<Process> NODES = new ArrayList<>();
    static Api node1;
    static Api node2;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Path work = Path.of(System.getProperty("it.cluster.dir", "target/cluster-it"));
        delete(work);
        Files.createDirectories(work);
        int mongo = freePort();
        int hz1 = freePort();
        int hz2 = freePort();
        String cluster = "vitrine-it-" + UUID.randomUUID().toString().substring(0, 8);
        String members = "tcpip:127.0.0.1:" + hz1 + ",127.0.0.1:" + hz2;

        int http1 = freePort();
        NODES.add(start(work, "node-1", http1, hz1, cluster, members, List.of(
                "-Dvitrine.mongodb.embedded.port=" + mongo,
                "-Dvitrine.demo.products=" + System.getProperty("it.demo.products", "400"),
                "-Dvitrine.demo.shoppers=" + System.getProperty("it.demo.shoppers", "120"))));
        node1 = Api.at(new URL("http://127.0.0.1:" + http1 + "/")).withKey(ADMIN_KEY);
        awaitServing(node1, NODES.get(0));

        int http2 = freePort();
        NODES.add(start(work, "node-2", http2, hz2, cluster, members, List.of(
                "-Dvitrine.mongodb.embedded=false",
                "-Djnosql.mongodb.url=mongodb://127.0.0.1:" + mongo,
                "-Dvitrine.demo.enabled=false")));
        node2 = Api.at(new URL("http://127.0.0.1:" + http2 + "/")).withKey(ADMIN_KEY);
        awaitServing(node2, NODES.get(1));
    }

    @AfterAll
    static void stopNodes() throws InterruptedException {
        for (int i = NODES.size() - 1; i >= 0; i--) {
            Process p = NODES.get(i);
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void aModelRetrainedOnNodeOneServesOnNodeTwoWithinFiveSeconds() {
        long before = version(node2);
        Api.Resp started = node1.post("/api/v1/admin/models/shop-blend/retrain", "{}");
        assertEquals(202, started.status(), started.body());
        String job = started.json().getString("id");
        JsonObject done = poll(Duration.ofMinutes(10), Duration.ofMillis(200),
                () -> node1.get("/api/v1/admin/models/shop-blend/jobs/" + job).json(),
                j -> List.of("live", "rejected", "failed").contains(j.getString("state")));
        assertEquals("live", done.getString("state"), done.toString());
        long version = done.getJsonNumber("modelVersion").longValue();
        assertTrue(version > before);

        long t0 = System.nanoTime();
        poll(Duration.ofSeconds(5), Duration.ofMillis(100), () -> version(node2), v -> v == version);
        System.out.printf(Locale.ROOT, "ClusterIT: version %d live on node 1 served by node 2 after %d ms%n",
                version, (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    @Order(2)
    void aProductCreatedOnNodeTwoIsFoundBySearchOnNodeOneWithinTwoSeconds() {
        poll(Duration.ofMinutes(5), Duration.ofMillis(500), () -> node1.get("/api/v1/search?q=lamp").status(), s -> s == 200);
        String id = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject any = node2.get("/api/v1/products?size=1").json().getJsonArray("items").getJsonObject(0);
        String body = "{\"id\":\"" + id + "\",\"sellerId\":\"" + any.getString("sellerId") + "\","
                + "\"name\":{\"en\":\"Quokkaberry lamp\",\"fr\":\"Lampe quokkaberry\"},"
                + "\"description\":{\"en\":\"Made on node two\",\"fr\":\"Faite sur le second noeud\"},"
                + "\"category\":\"" + any.getString("category") + "\",\"subCategory\":\"" + any.getString("subCategory")
                + "\",\"brand\":\"Clustera\",\"attributes\":{},\"price\":12.50,\"currency\":\"EUR\",\"stock\":3}";

        Api.Resp created = node2.post("/api/v1/products", body);
        assertEquals(201, created.status(), created.body());
        long t0 = System.nanoTime();
        poll(Duration.ofSeconds(2), Duration.ofMillis(100), () -> node1.get("/api/v1/search?q=quokkaberry").body(),
                b -> b.contains("\"" + id + "\""));
        System.out.printf(Locale.ROOT, "ClusterIT: product created on node 2 found by search on node 1 after %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** The version of the model that ranked node's popular list (503 while it has none yet). */
    static long version(Api node) {
        Api.Resp r = node.get("/api/v1/popular?n=3");
        return r.status() == 200 ? r.json().getJsonNumber("modelVersion").longValue() : -1;
    }

    static Process start(Path work, String name, int http, int hz, String cluster, String members, List<String> props)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-XX:+UseSerialGC",
                "-Dvitrine.data.dir=" + work.resolve(name).toAbsolutePath(),
                "-Dvitrine.admin.api-key=" + ADMIN_KEY,
                "-Dvitrine.demo.password=" + System.getProperty("it.demo.password", "vitrine-demo"),
                "-Dvitrine.vision.enabled=false",
                "-Dvitrine.cluster.enabled=true", "-Dvitrine.cluster.node=" + name,
                "-Dorg.bytedeco.javacpp.maxbytes=1G", "-Dorg.bytedeco.javacpp.maxphysicalbytes=3G"));
        command.addAll(props);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--addLibs", System.getProperty("it.addlibs", "target/addlibs"),
                "--deploy", System.getProperty("vitrine.war", "target/vitrine.war"), "--contextroot", "/",
                "--port", String.valueOf(http),
                "--clustername", cluster, "--clustermode", members, "--startport", String.valueOf(hz),
                "--interfaces", "127.0.0.1"));
        File log = work.resolve(name + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    /** Ready (health), and serving recommendations (its model trained or restored). */
    static void awaitServing(Api node, Process process) {
        poll(START, Duration.ofSeconds(2), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("the node stopped; see target/cluster-it/*.log");
            }
            try {
                return node.serverRoot().get("/health/ready").status() == 200 && version(node) > 0;
            } catch (IllegalStateException notUpYet) {
                return false;
            }
        }, ok -> ok);
    }

    static <T> T poll(Duration timeout, Duration every, java.util.function.Supplier<T> read, Predicate<T> done) {
        long end = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < end) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not within " + timeout + "; last seen: " + last);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
