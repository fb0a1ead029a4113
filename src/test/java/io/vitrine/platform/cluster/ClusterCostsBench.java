package io.vitrine.platform.cluster;

import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.models.GridFsModelBlobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What sharing costs a node on the embedded server, for docs/scaling.md: an idle poll of the change log, one change
 * appended and applied, a model file into and out of GridFS. Skipped unless asked:
 * {@code mvn -o test -Dtest=ClusterCostsBench -Dcluster.bench=true} (figures on standard output).
 */
@EnabledIfSystemProperty(named = "cluster.bench", matches = "true")
class ClusterCostsBench {

    @TempDir
    Path dir;

    @Test
    void changeLogAndModelFiles() throws Exception {
        try (EmbeddedMongoForTests mongo = new EmbeddedMongoForTests()) {
            MongoChangeLog writer = new MongoChangeLog(mongo.database(), "node-2", Clock.systemUTC());
            MongoChangeLog reader = new MongoChangeLog(mongo.database(), "node-1", Clock.systemUTC());
            int[] seen = new int[1];
            ChangeListener count = new ChangeListener() {
                @Override
                public String topic() {
                    return "product";
                }

                @Override
                public void apply(Change change) {
                    seen[0]++;
                }
            };
            ChangeFollower follower = new ChangeFollower(reader, "node-1", Map.of("product", List.of(count)),
                    Clock.systemUTC(), Duration.ofSeconds(10));
            follower.startAtEnd();
            for (int i = 0; i < 2_000; i++) {
                follower.poll();
            }
            long t0 = System.nanoTime();
            int idle = 5_000;
            for (int i = 0; i < idle; i++) {
                assertEquals(0, follower.poll());
            }
            double idleMicros = (System.nanoTime() - t0) / 1e3 / idle;

            int n = 2_000;
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                writer.append("product", "p" + i, "UPDATED");
            }
            double appendMicros = (System.nanoTime() - t0) / 1e3 / n;
            t0 = System.nanoTime();
            assertEquals(n, follower.poll());
            double applyMicros = (System.nanoTime() - t0) / 1e3 / n;
            assertEquals(n, seen[0]);

            GridFsModelBlobs blobs = new GridFsModelBlobs(mongo.database());
            byte[] bytes = new byte[32 << 20];
            new Random(1).nextBytes(bytes);
            Path file = Files.write(dir.resolve("model.bin"), bytes);
            t0 = System.nanoTime();
            blobs.put("bench/model-1.bin", file);
            double putMs = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            assertTrue(blobs.get("bench/model-1.bin", dir.resolve("back.bin")));
            double getMs = (System.nanoTime() - t0) / 1e6;
            assertEquals(bytes.length, Files.size(dir.resolve("back.bin")));

            System.out.printf(Locale.ROOT, "cluster costs (embedded server, loopback): idle poll %.1f us; append %.1f us a change; "
                    + "follow %.1f us a change (batches of %d); 32 MiB model file into GridFS %.0f ms, out %.0f ms%n",
                    idleMicros, appendMicros, applyMicros, ChangeFollower.BATCH, putMs, getMs);
        }
    }
}
