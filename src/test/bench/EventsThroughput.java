import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Durable event ingestion speed (src/test/bench/events-throughput.sh): {@code java EventsThroughput.java BASE KEY
 * single|batch|ping SENDERS SECONDS}. single: each sender POSTs one event at a time; batch: arrays of 1,000 events.
 * Counts only events answered 202 (every one of them on disk: the embedded server syncs before it answers). ping:
 * {@code GET /api/v1/ping} with the same senders, what the server and the machine do at all at that moment.
 */
public class EventsThroughput {

    public static void main(String[] a) throws Exception {
        String base = a[0];
        String key = a[1];
        boolean batch = a[2].equals("batch");
        boolean ping = a[2].equals("ping");
        int senders = Integer.parseInt(a[3]);
        long seconds = Long.parseLong(a[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String run = UUID.randomUUID().toString().substring(0, 8);
        // events must name existing products: take the first page of the catalogue (JSON-B writes fields in
        // alphabetical order, so "id" is not followed by "sellerId": match the product ids alone)
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/products?size=50")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> products = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\"([A-Za-z0-9_-]+)\"").matcher(page);
        while (m.find()) {
            products.add(m.group(1));
        }
        if (products.isEmpty()) {
            throw new IllegalStateException("no products in " + page.substring(0, Math.min(300, page.length())));
        }
        AtomicLong events = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong seq = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int s = 0; s < senders; s++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int n = batch ? 1000 : 1;
                    StringBuilder body = new StringBuilder(batch ? "[" : "");
                    for (int i = 0; i < n; i++) {
                        long id = seq.incrementAndGet();
                        body.append(i == 0 ? "" : ",").append("{\"id\":\"tp-").append(run).append('-').append(id)
                                .append("\",\"type\":\"view\",\"userId\":\"tp-shopper-").append(id % 500)
                                .append("\",\"productId\":\"").append(products.get((int) (id % products.size()))).append("\"}");
                    }
                    if (batch) {
                        body.append(']');
                    }
                    try {
                        if (ping) {
                            int status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ping")).build(),
                                    HttpResponse.BodyHandlers.ofString()).statusCode();
                            if (status == 200) {
                                events.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                            continue;
                        }
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                                .header("X-API-Key", key).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 202) {
                            events.addAndGet(n);
                        } else {
                            errors.incrementAndGet();
                            if (errors.get() < 5) {
                                System.err.println(r.statusCode() + " " + r.body());
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (ping) {
            System.out.printf("GET /api/v1/ping, %d senders: %d answers in %.1f s = %.0f req/s, %d errors%n",
                    senders, events.get(), elapsed, events.get() / elapsed, errors.get());
        } else {
            System.out.printf("%s, %d senders: %d events acknowledged in %.1f s = %.0f events/s, %d errors%n",
                    batch ? "batches of 1,000" : "single events", senders, events.get(), elapsed, events.get() / elapsed, errors.get());
        }
    }
}
