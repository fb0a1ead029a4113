package io.vitrine.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop's embedded database for plain tests: mongo-java-server over an in-memory H2 MVStore, reached through the
 * real MongoDB driver on a loopback port, as the shop reaches it. Also runs a task from many threads at once.
 */
public final class EmbeddedMongoForTests implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;

    public EmbeddedMongoForTests() {
        server = new MongoServer(new H2Backend(org.h2.mvstore.MVStore.open(null)));
        InetSocketAddress a = server.bind();
        client = MongoClients.create("mongodb://" + a.getHostString() + ":" + a.getPort());
    }

    public MongoDatabase database() {
        return client.getDatabase("vitrine-test");
    }

    /** Runs {@code task} on {@code threads} threads released together; returns their results in thread order. */
    public static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
