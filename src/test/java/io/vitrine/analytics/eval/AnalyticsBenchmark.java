package io.vitrine.analytics.eval;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.vitrine.analytics.Period;
import io.vitrine.analytics.Reports;
import io.vitrine.analytics.RollupReader;
import io.vitrine.analytics.SalesCube;
import io.vitrine.analytics.Scope;
import io.vitrine.bench.BenchReport;
import io.vitrine.bench.Benchmark;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.events.InteractionType;
import org.bson.Document;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@code mvn -Pbench -Dbench=analytics verify}: the dashboard of one seller with 100,000 events over 180 days, in a
 * shop of 24 sellers. Stores the events and orders in the embedded MongoDB the shop runs by default (H2 in memory),
 * rolls them up with the production pipelines ({@link RollupReader}, timed), then times what a dashboard page asks:
 * the key figures and charts ({@link Reports#dashboard}) and a page of the product analysis ({@link Reports#rows}
 * sorted and paged) for 7, 30 and 90 days, and reports p50/p95 per dashboard. Target: p95 <= 300 ms.
 */
public class AnalyticsBenchmark implements Benchmark {

    static final String SELLER = "seller-under-test";
    static final long DAY_MS = 86_400_000L;

    private final int sellerEvents;
    private final int otherSellers;
    private final int runs;

    public AnalyticsBenchmark() {
        this(Integer.getInteger("bench.events", 100_000), 23, Integer.getInteger("bench.runs", 200));
    }

    AnalyticsBenchmark(int sellerEvents, int otherSellers, int runs) {
        this.sellerEvents = sellerEvents;
        this.otherSellers = otherSellers;
        this.runs = runs;
    }

    @Override
    public void run(Path data, BenchReport report) {
        String dataset = "generated-" + sellerEvents + "-events";
        SplittableRandom r = new SplittableRandom(42);
        LocalDate today = LocalDate.of(2026, 11, 29);
        long end = today.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        long start = end - 180 * DAY_MS;
        List<SalesCube.ProductInfo> products = new ArrayList<>();
        String[] subs = {"sneakers", "boots", "sandals", "shirts", "dresses", "jackets", "bags", "watches"};
        int perSeller = 100;
        for (int s = 0; s <= otherSellers; s++) {
            String seller = s == 0 ? SELLER : "seller-" + s;
            for (int i = 0; i < perSeller; i++) {
                String sub = subs[r.nextInt(subs.length)];
                products.add(new SalesCube.ProductInfo(seller + "-p" + i, seller, LocalizedText.of("Product " + i, "Produit " + i),
                        "cat-" + sub.charAt(0), sub, 1_000 + r.nextInt(20_000), "EUR", r.nextInt(50), 0, Optional.empty()));
            }
        }
        // the seller under test: sellerEvents events; the others: a tenth of that each (shop-wide load on the roll-up)
        List<Document> events = new ArrayList<>();
        List<Document> orders = new ArrayList<>();
        int orderNo = 0;
        for (int s = 0; s <= otherSellers; s++) {
            int n = s == 0 ? sellerEvents : sellerEvents / 10;
            int base = s * perSeller;
            for (int e = 0; e < n; ) {
                String user = "u" + r.nextInt(5_000);
                long t = start + (long) (r.nextDouble() * (end - start - 3_600_000L));
                SalesCube.ProductInfo p = products.get(base + r.nextInt(perSeller));
                boolean fromSearch = r.nextDouble() < 0.2;
                if (fromSearch) {
                    events.add(event(InteractionType.SEARCH, user, null, t, null).append("query", "query " + r.nextInt(300))
                            .append("resultCount", r.nextInt(10) == 0 ? 0 : 12));
                    e++;
                }
                events.add(event(InteractionType.VIEW, user, p.id(), t + 1_000, fromSearch ? "search" : "category"));
                e++;
                if (r.nextDouble() < 0.15) {
                    String source = r.nextDouble() < 0.3 ? "recommendation:similar" : "category";
                    events.add(event(InteractionType.ADD_TO_CART, user, p.id(), t + 2_000, source));
                    e++;
                    if (r.nextDouble() < 0.5) {
                        int q = 1 + r.nextInt(2);
                        events.add(event(InteractionType.PURCHASE, user, p.id(), t + 3_000, "order").append("quantity", q));
                        e++;
                        orders.add(new Document("_id", String.format("VT-%08d", orderNo++)).append("accountId", user)
                                .append("status", "PLACED").append("placedAt", t + 3_000).append("lines", List.of(
                                        new Document("productId", p.id()).append("sellerId", p.sellerId())
                                                .append("unitPriceCents", p.priceCents()).append("quantity", q))));
                        if (r.nextDouble() < 0.3) {
                            events.add(event(InteractionType.RATING, user, p.id(), t + 4_000, null).append("rating", 1 + r.nextInt(5)));
                            e++;
                        }
                    }
                }
            }
        }

        MongoServer server = new MongoServer(H2Backend.inMemory());
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase db = client.getDatabase("bench");
            for (int i = 0; i < events.size(); i += 10_000) {
                db.getCollection("events").insertMany(events.subList(i, Math.min(events.size(), i + 10_000)));
            }
            db.getCollection("orders").insertMany(orders);
            SalesCube cube = new SalesCube();
            products.forEach(cube::product);
            long t0 = System.nanoTime();
            RollupReader.Report read = new RollupReader(db).read(cube, Instant.ofEpochMilli(end + 1));
            double rollupS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("stored %,d events and %,d orders; roll-up %s in %.1f s%n", events.size(), orders.size(), read, rollupS);
            report.add(dataset, "rollup-embedded", "rollup_s", rollupS);
            report.add(dataset, "rollup-embedded", "events_total", events.size());

            Scope scope = Scope.seller(SELLER);
            for (int days : new int[]{7, 30, 90}) {
                Period period = Period.lastDays(days, today);
                double[] dashboard = time(() -> Reports.dashboard(cube, scope, period));
                double[] analysis = time(() -> Reports.page(Reports.rows(cube, scope, period), Reports.RowQuery.firstPage(20)));
                double[] both = new double[runs];
                for (int i = 0; i < runs; i++) {
                    both[i] = dashboard[i] + analysis[i];
                }
                String model = "seller-" + days + "d";
                report.add(dataset, model, "dashboard_p50_ms", percentile(dashboard, 0.50));
                report.add(dataset, model, "dashboard_p95_ms", percentile(dashboard, 0.95));
                report.add(dataset, model, "analysis_p95_ms", percentile(analysis, 0.95));
                report.add(dataset, model, "page_p95_ms", percentile(both, 0.95));
            }
            Period month = Period.lastDays(30, today);
            double[] shop = time(() -> Reports.dashboard(cube, Scope.SHOP, month));
            report.add(dataset, "shop-30d", "dashboard_p50_ms", percentile(shop, 0.50));
            report.add(dataset, "shop-30d", "dashboard_p95_ms", percentile(shop, 0.95));
        } finally {
            server.shutdownNow();
        }
    }

    private static Document event(InteractionType type, String user, String product, long at, String source) {
        Document d = new Document("_id", java.util.UUID.randomUUID().toString()).append("type", type.name())
                .append("userId", user).append("occurredAt", at);
        if (product != null) {
            d.append("productId", product);
        }
        if (source != null) {
            d.append("source", source);
        }
        return d;
    }

    /** Wall-clock milliseconds of each run, after as many warm-up runs (the JIT compiles the first ones). */
    private double[] time(Runnable work) {
        for (int i = 0; i < Math.min(runs, 50); i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
