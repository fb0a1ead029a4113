import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import io.vitrine.platform.DurableH2Backend;
import org.bson.Document;

import java.io.BufferedWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The database half of the crash test (src/test/bench/embedded-crash-test.sh), quick enough for many kills: the
 * shop's embedded server (DurableH2Backend behind mongo-java-server, as EmbeddedMongo starts it) in a JVM of its own
 * that is killed with kill -9, and clients writing through the MongoDB driver with the shop's write concern.
 *
 * <pre>
 * server FILE PORT          runs the embedded server on the H2 file until killed
 * drive  PORT DIR STOP      events (insert and insertMany), orders (an atomic conditional stock decrement that
 *                           records the order in the product) and product edits, acknowledgements to DIR/acks-*
 * verify FILE DIR           opens the file after the last kill and checks every acknowledged write
 * </pre>
 */
public class EmbeddedCrash {

    static final int PRODUCTS = 4;
    static final int INITIAL_STOCK = 1_000_000;

    public static void main(String[] a) throws Exception {
        switch (a[0]) {
            case "server", "server-undurable" -> {
                // server-undurable: mongo-java-server's own H2 backend (answers before the disk), for comparison
                MongoServer server = new MongoServer(a[0].equals("server") ? new DurableH2Backend(a[1])
                        : new de.bwaldvogel.mongo.backend.h2.H2Backend(a[1]));
                server.bind(new InetSocketAddress("127.0.0.1", Integer.parseInt(a[2])), 1, 32);
                System.out.println("ready");
                Thread.sleep(Long.MAX_VALUE);
            }
            case "drive" -> drive(Integer.parseInt(a[1]), Path.of(a[2]), Path.of(a[3]));
            case "verify" -> System.exit(verify(a[1], Path.of(a[2])) ? 0 : 1);
            case "bench" -> {
                bench(Integer.parseInt(a[1]), false, 4, Integer.parseInt(a[2]));
                bench(Integer.parseInt(a[1]), true, 2, Integer.parseInt(a[2]));
            }
            default -> throw new IllegalArgumentException(a[0]);
        }
    }

    static MongoClient client(int port) {
        return MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=1000&socketTimeoutMS=10000"))
                .writeConcern(WriteConcern.MAJORITY.withJournal(true)).build());
    }

    interface Step {
        void run(MongoCollection<Document> events, MongoCollection<Document> products, BufferedWriter acks, Random rnd) throws Exception;
    }

    static void drive(int port, Path dir, Path stop) throws Exception {
        Files.createDirectories(dir);
        try (MongoClient c = client(port)) {
            // before the first kill (the script waits for the file "set-up")
            MongoCollection<Document> products = c.getDatabase("crash").getCollection("products");
            for (int i = 0; i < PRODUCTS; i++) {
                products.insertOne(new Document("_id", "p" + i).append("stock", INITIAL_STOCK).append("orders", new ArrayList<>()));
            }
            products.insertOne(new Document("_id", "edited").append("price", 0L));
            // the shop's embedded indexes of the events (MongoIndexes.EMBEDDED): verify checks they match the data
            MongoCollection<Document> events = c.getDatabase("crash").getCollection("events");
            events.createIndex(Indexes.compoundIndex(Indexes.ascending("userId"), Indexes.descending("occurredAt")));
            events.createIndex(Indexes.ascending("occurredAt"));
        }
        Files.writeString(dir.resolve("set-up"), "ok");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Thread> threads = new ArrayList<>();
        Step event = (events, products, acks, rnd) -> {
            String id = run + "-" + UUID.randomUUID();
            events.insertOne(event(id, rnd));
            ack(acks, "event " + id);
        };
        Step bulk = (events, products, acks, rnd) -> {
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                batch.add(event(run + "-b-" + UUID.randomUUID(), rnd));
            }
            events.insertMany(batch);
            StringBuilder line = new StringBuilder();
            batch.forEach(d -> line.append("event ").append(d.getString("_id")).append('\n'));
            ack(acks, line.substring(0, line.length() - 1));
        };
        Step order = (events, products, acks, rnd) -> {
            String product = "p" + rnd.nextInt(PRODUCTS);
            int quantity = 1 + rnd.nextInt(3);
            String id = run + "-o-" + UUID.randomUUID();
            var r = products.updateOne(Filters.and(Filters.eq("_id", product), Filters.gte("stock", quantity)),
                    Updates.combine(Updates.inc("stock", -quantity), Updates.push("orders", new Document("id", id).append("q", quantity))));
            if (r.getModifiedCount() == 1) {
                ack(acks, "order " + id + " " + product + " " + quantity);
            }
        };
        long[] price = {System.currentTimeMillis() * 10};
        Step edit = (events, products, acks, rnd) -> {
            long p = ++price[0];
            ack(acks, "edit-sent " + p);
            products.updateOne(Filters.eq("_id", "edited"), Updates.set("price", p));
            ack(acks, "edit " + p);
        };
        List<Step> steps = List.of(event, event, event, bulk, order, order, edit);
        for (int t = 0; t < steps.size(); t++) {
            Step step = steps.get(t);
            Path file = dir.resolve("acks-" + run + "-" + t + ".txt");
            Thread thread = new Thread(() -> {
                Random rnd = new Random();
                try (BufferedWriter acks = Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    while (!Files.exists(stop)) {
                        try (MongoClient c = client(port)) {
                            MongoCollection<Document> events = c.getDatabase("crash").getCollection("events");
                            MongoCollection<Document> products = c.getDatabase("crash").getCollection("products");
                            while (!Files.exists(stop)) {
                                step.run(events, products, acks, rnd);
                            }
                        } catch (Exception down) {
                            TimeUnit.MILLISECONDS.sleep(200); // killed: reconnect when it is back
                        }
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Acknowledged (so durable) event inserts per second through the driver: one at a time or 1,000 at a time. */
    static void bench(int port, boolean batches, int threads, int seconds) throws Exception {
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> all = new ArrayList<>();
        long t0 = System.nanoTime();
        try (MongoClient c = client(port)) {
            MongoCollection<Document> events = c.getDatabase("bench").getCollection("events");
            for (int t = 0; t < threads; t++) {
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        if (batches) {
                            List<Document> batch = new ArrayList<>(1000);
                            for (int i = 0; i < 1000; i++) {
                                batch.add(new Document("_id", UUID.randomUUID().toString()).append("type", "view")
                                        .append("userId", "u" + i).append("productId", "p" + (i % 50)).append("occurredAt", System.currentTimeMillis()));
                            }
                            events.insertMany(batch);
                            done.addAndGet(1000);
                        } else {
                            events.insertOne(new Document("_id", UUID.randomUUID().toString()).append("type", "view")
                                    .append("userId", "u").append("productId", "p1").append("occurredAt", System.currentTimeMillis()));
                            done.incrementAndGet();
                        }
                    }
                });
                thread.start();
                all.add(thread);
            }
            for (Thread t : all) {
                t.join();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s, %d writers: %d events acknowledged in %.1f s = %.0f events/s%n",
                batches ? "insertMany of 1,000" : "insertOne", threads, done.get(), s, done.get() / s);
    }

    static final int SHOPPERS = 5;

    static Document event(String id, Random rnd) {
        return new Document("_id", id).append("type", "view").append("userId", "shopper-" + rnd.nextInt(SHOPPERS))
                .append("occurredAt", System.currentTimeMillis());
    }

    /**
     * Every stored event is found through the shopper index and the time index, and nothing else is: no commit took
     * a document without its index entries (or the reverse), whatever the kills cut.
     */
    static boolean indexesMatch(MongoCollection<Document> events, Set<String> stored) {
        Set<String> byShopper = new HashSet<>();
        for (int u = 0; u < SHOPPERS; u++) {
            events.find(Filters.eq("userId", "shopper-" + u)).projection(new Document("_id", 1))
                    .forEach(d -> byShopper.add(d.getString("_id")));
        }
        Set<String> byTime = new HashSet<>();
        events.find(Filters.gte("occurredAt", 0L)).projection(new Document("_id", 1)).forEach(d -> byTime.add(d.getString("_id")));
        boolean ok = byShopper.equals(stored) && byTime.equals(stored);
        System.out.printf("indexes: %d events by shopper, %d by time, %d stored: %s%n", byShopper.size(), byTime.size(),
                stored.size(), ok ? "OK" : "MISMATCH");
        return ok;
    }

    static void ack(BufferedWriter acks, String line) throws Exception {
        acks.write(line);
        acks.newLine();
        acks.flush();
    }

    static boolean verify(String file, Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("acks-")).toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        MongoServer server = new MongoServer(new DurableH2Backend(file));
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, 4);
        try (MongoClient c = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> events = c.getDatabase("crash").getCollection("events");
            MongoCollection<Document> products = c.getDatabase("crash").getCollection("products");
            Set<String> stored = new HashSet<>();
            events.find().projection(new Document("_id", 1)).forEach(d -> stored.add(d.getString("_id")));
            Set<String> storedOrders = new HashSet<>();
            boolean stockOk = true;
            for (int i = 0; i < PRODUCTS; i++) {
                Document p = products.find(Filters.eq("_id", "p" + i)).first();
                int sum = 0;
                for (Document o : p.getList("orders", Document.class)) {
                    storedOrders.add(o.getString("id"));
                    sum += o.getInteger("q");
                }
                boolean ok = p.getInteger("stock") == INITIAL_STOCK - sum;
                stockOk &= ok;
                System.out.printf("p%d: stock %d = initial %d - %d units in its %d stored orders: %s%n", i, p.getInteger("stock"),
                        INITIAL_STOCK, sum, p.getList("orders", Document.class).size(), ok ? "OK" : "MISMATCH");
            }
            int events0 = 0, lostEvents = 0, orders = 0, lostOrders = 0, edits = 0;
            long lastAcked = 0, lastSent = 0;
            for (String line : lines) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "event" -> {
                        events0++;
                        if (!stored.contains(f[1])) {
                            lostEvents++;
                        }
                    }
                    case "order" -> {
                        orders++;
                        if (!storedOrders.contains(f[1])) {
                            lostOrders++;
                        }
                    }
                    case "edit" -> {
                        edits++;
                        lastAcked = Math.max(lastAcked, Long.parseLong(f[1]));
                    }
                    case "edit-sent" -> lastSent = Math.max(lastSent, Long.parseLong(f[1]));
                    default -> { }
                }
            }
            long price = products.find(Filters.eq("_id", "edited")).first().getLong("price");
            // the last acknowledged edit, or a later one that reached the disk but whose answer the kill cut off
            boolean editOk = price >= lastAcked && price <= lastSent;
            System.out.printf("events: %d acknowledged, %d lost (%d stored)%n", events0, lostEvents, stored.size());
            System.out.printf("orders: %d acknowledged, %d lost, %d stored%n", orders, lostOrders, storedOrders.size());
            System.out.printf("edits: %d acknowledged; price %d, last acknowledged %d, last sent %d: %s%n", edits, price,
                    lastAcked, lastSent, editOk ? "OK" : "LOST");
            boolean indexesOk = indexesMatch(events, stored);
            return lostEvents == 0 && lostOrders == 0 && stockOk && editOk && indexesOk;
        } finally {
            server.shutdownNow();
        }
    }
}
