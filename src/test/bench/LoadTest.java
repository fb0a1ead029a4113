import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load test of src/test/bench/load-test.sh (plain Java, no dependencies):
 * {@code java LoadTest BASE ADMIN_KEY THREADS SECONDS OUT_JSON}.
 *
 * <p>Sets up a seller-bound key (catalog:write), a partner key (recommendations:read, orders:write, events:write),
 * products with a large stock to order and edit, and the opaque ids of a few demo shoppers. Then, with THREADS
 * closed-loop clients on one HTTP/1.1 client: 20 s of warm-up (not counted), 15 s of {@code GET /api/v1/ping} alone
 * (what the server and this machine can do at all), and SECONDS of the mixed load, ping included. Every answer that
 * is not 2xx counts as an error (no 4xx is expected from these requests). Prints req/s and p50/p95/p99 per endpoint
 * and overall, the ratio of the mixed throughput to ping's, and writes the rows as BENCHMARKS.md's load rows.
 */
public class LoadTest {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** A product's id in a product list (JSON-B writes fields in alphabetical order). */
    static final Pattern ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]+)\"");
    static final Pattern SELLER = Pattern.compile("\"sellerId\":\"([A-Za-z0-9_-]+)\"");
    static final String[] CHAT = {"Do you have blue shirts?", "What is your return policy?", "Show me cheap shoes",
            "How long does delivery take?", "I am looking for a gift under 30 euros"};

    /** One kind of request, its share of the mix, and what it sends. */
    record Endpoint(String name, int weight, Step step) {
    }

    interface Step {
        HttpRequest build(Random rnd, Worker w);
    }

    /** Per-thread latencies (ns) per endpoint, merged at the end. */
    static final class Worker {
        final Map<String, long[]> latencies = new LinkedHashMap<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        String lastOrderKey;
        String lastOrderBody;

        void record(String endpoint, long nanos) {
            long[] l = latencies.computeIfAbsent(endpoint, k -> new long[4096]);
            int n = counts.getOrDefault(endpoint, 0);
            if (n == l.length) {
                l = Arrays.copyOf(l, l.length * 2);
                latencies.put(endpoint, l);
            }
            l[n] = nanos;
            counts.put(endpoint, n + 1);
        }
    }

    static String base;
    static String admin;
    static String sellerKey;
    static String partnerKey;
    static String seller;
    static final List<String> products = new ArrayList<>();
    static final List<String> words = new ArrayList<>();
    static final List<String> shoppers = new ArrayList<>();
    static final List<String> orderable = new ArrayList<>();
    static final List<String> editable = new ArrayList<>();
    static String category;
    static String subCategory;
    static final AtomicLong seq = new AtomicLong();
    /** Requests answered so far, all phases: the interval figures of {@link ThreadCpu} read it. */
    static final AtomicLong DONE = new AtomicLong();
    static final String run = UUID.randomUUID().toString().substring(0, 8);

    public static void main(String[] a) throws Exception {
        base = a[0];
        admin = a[1];
        int threads = Integer.parseInt(a[2]);
        int seconds = Integer.parseInt(a[3]);
        Path out = Path.of(a[4]);
        setUp();
        waitForIdleShop();
        List<Endpoint> mix = mix();
        List<Endpoint> pingOnly = List.of(new Endpoint("ping", 1, (r, w) -> get("/api/v1/ping", null)));

        int warmUp = Integer.getInteger("load.warm-up", 20);
        System.out.printf("warm-up: %d s of the mix, %d threads%n", warmUp, threads);
        run(mix, threads, warmUp);
        double cpu0 = shopCpuSeconds();
        Result ping = run(pingOnly, threads, 15);
        double cpu1 = shopCpuSeconds();
        startJfr(seconds);
        ThreadCpu byThread = ThreadCpu.start(System.getProperty("load.shop-pid", ""));
        Result mixed = run(mix, threads, seconds);
        double cpu2 = shopCpuSeconds();
        if (byThread != null) {
            byThread.stop();
        }

        double pingRate = ping.total() / ping.seconds;
        double mixedRate = mixed.total() / mixed.seconds;
        System.out.printf("%nGET /api/v1/ping alone, %d threads, %.0f s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                threads, ping.seconds, pingRate, ping.percentile("ping", 50), ping.percentile("ping", 99), ping.errors.get());
        System.out.printf("%nmixed load, %d threads, %.0f s: %.0f req/s = %.2f x ping alone, %d errors%n%n", threads,
                mixed.seconds, mixedRate, mixedRate / pingRate, mixed.errors.get());
        if (cpu0 >= 0) {
            System.out.printf(Locale.ROOT, "shop CPU: ping alone %.1f s = %.2f ms a request; mix %.1f s = %.2f ms a request "
                    + "(%.2f of a core)%n%n", cpu1 - cpu0, 1000 * (cpu1 - cpu0) / ping.total(), cpu2 - cpu1,
                    1000 * (cpu2 - cpu1) / mixed.total(), (cpu2 - cpu1) / mixed.seconds);
        }
        List<String> rows = new ArrayList<>();
        if (byThread != null) {
            byThread.report(cpu2 - cpu1, mixed.total(), rows);
        }
        System.out.println("| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String e : mixed.latencies.keySet()) {
            long n = mixed.latencies.get(e).length;
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %d |%n", e, n, n / mixed.seconds,
                    mixed.percentile(e, 50), mixed.percentile(e, 95), mixed.percentile(e, 99),
                    mixed.errorsByEndpoint.getOrDefault(e, new AtomicLong()).get());
            rows.add(row(e, "req_s", n / mixed.seconds));
            rows.add(row(e, "p50_ms", mixed.percentile(e, 50)));
            rows.add(row(e, "p99_ms", mixed.percentile(e, 99)));
        }
        long[] all = mixed.latencies.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "| **all** | %d | %.0f | %.1f | %.1f | %.1f | %d |%n", all.length, mixedRate,
                pct(all, 50), pct(all, 95), pct(all, 99), mixed.errors.get());
        rows.add(row("all", "req_s", mixedRate));
        rows.add(row("all", "ratio-to-ping", mixedRate / pingRate));
        rows.add(row("all", "p50_ms", pct(all, 50)));
        rows.add(row("all", "p99_ms", pct(all, 99)));
        rows.add(row("ping-alone", "req_s", pingRate));
        if (cpu0 >= 0) {
            rows.add(row("all", "shop_cpu_ms_per_request", 1000 * (cpu2 - cpu1) / mixed.total()));
        }
        int alone = Integer.getInteger("load.per-endpoint", 0);
        if (alone > 0) {
            perEndpoint(mix, threads, alone, rows);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "[\n" + String.join(",\n", rows) + "\n]\n");
        System.out.println("\nrows written to " + out);
        System.exit(mixed.errors.get() == 0 ? 0 : 1);
    }

    /** The shop's CPU time (user + system) in seconds from /proc/PID/stat, -1 without {@code -Dload.shop-pid}. */
    static double shopCpuSeconds() throws IOException {
        String pid = System.getProperty("load.shop-pid", "");
        if (pid.isEmpty()) {
            return -1;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command name; clock ticks of 1/100 s
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    /**
     * The start-up work (demo store, search index, model trainings) goes on for minutes on a loaded machine after
     * every endpoint answers: with the shop's pid, wait until it uses under a tenth of a core over 10 s (at most 15
     * minutes) so that its CPU is not counted as the requests'.
     */
    static void waitForIdleShop() throws Exception {
        if (shopCpuSeconds() < 0) {
            return;
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 90; i++) {
            double a = shopCpuSeconds();
            Thread.sleep(10_000);
            double used = shopCpuSeconds() - a;
            if (used < 1.0) {
                System.out.printf(Locale.ROOT, "shop idle after %.0f s (%.2f s of CPU in the last 10 s)%n",
                        (System.nanoTime() - t0) / 1e9, used);
                return;
            }
        }
        System.out.println("the shop was still busy after 15 minutes: its start-up work counts in the figures below");
    }

    /**
     * With {@code -Dload.per-endpoint=SECONDS}: each endpoint of the mix alone, SECONDS of it with the same threads after
     * 5 s of warm-up, and the shop's CPU per request (what it uses idle, measured over 10 s before the series, is printed
     * beside: on a loaded machine it moves too much to be subtracted).
     */
    static void perEndpoint(List<Endpoint> mix, int threads, int seconds, List<String> rows) throws Exception {
        if (shopCpuSeconds() < 0) {
            return;
        }
        Thread.sleep(5_000);
        double i0 = shopCpuSeconds();
        long t0 = System.nanoTime();
        Thread.sleep(10_000);
        double idle = (shopCpuSeconds() - i0) / ((System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "%neach endpoint alone, %d threads, %d s each (the idle shop used %.3f of a core)%n%n",
                threads, seconds, idle);
        System.out.println("| endpoint | requests | req/s | p50 ms | p99 ms | shop CPU ms a request | errors |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Endpoint e : mix) {
            List<Endpoint> one = List.of(e);
            run(one, threads, 5);
            double c0 = shopCpuSeconds();
            Result r = run(one, threads, seconds);
            double cpu = shopCpuSeconds() - c0;
            long n = r.total();
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.2f | %d |%n", e.name(), n, n / r.seconds,
                    r.percentile(e.name(), 50), r.percentile(e.name(), 99), 1000 * cpu / n, r.errors.get());
            rows.add(row(e.name(), "alone_shop_cpu_ms_per_request", 1000 * cpu / n));
        }
    }

    /** With {@code -Dload.jfr=FILE}: 40 s of JFR (settings=profile) from 10 s into the mix, by jcmd. */
    static void startJfr(int seconds) {
        String file = System.getProperty("load.jfr", "");
        if (file.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(10_000);
                int duration = Math.max(5, Math.min(40, seconds - 15));
                new ProcessBuilder("jcmd", System.getProperty("load.shop-pid"), "JFR.start",
                        "settings=" + System.getProperty("load.jfr-settings", "profile"),
                        "duration=" + duration + "s", "filename=" + Path.of(file).toAbsolutePath()).inheritIO().start().waitFor();
            } catch (IOException | InterruptedException e) {
                System.out.println("JFR not started: " + e);
            }
        });
        t.setDaemon(true);
        t.start();
    }

    static String row(String model, String metric, double value) {
        return String.format(Locale.ROOT, "  {\"dataset\": \"demo-1x\", \"model\": \"%s\", \"metric\": \"%s\", \"value\": %.3f}",
                model, metric, value);
    }

    static List<Endpoint> mix() {
        return List.of(
                new Endpoint("ping", 8, (r, w) -> get("/api/v1/ping", null)),
                new Endpoint("product list", 12, (r, w) -> get("/api/v1/products?size=20&page=" + r.nextInt(5), null)),
                new Endpoint("product", 18, (r, w) -> get("/api/v1/products/" + pick(products, r), null)),
                new Endpoint("product page (html)", 3, (r, w) -> get("/catalog/product.xhtml?id=" + pick(products, r), null)),
                new Endpoint("search", 10, (r, w) -> get("/api/v1/search?q="
                        + URLEncoder.encode(pick(words, r), StandardCharsets.UTF_8) + "&size=20", null)),
                new Endpoint("recommendations (scoped key)", 8, (r, w) -> get("/api/v1/recommendations/users/"
                        + pick(shoppers, r) + "?n=10", partnerKey)),
                new Endpoint("similar", 8, (r, w) -> get("/api/v1/products/" + pick(products, r) + "/similar?n=10", null)),
                new Endpoint("events POST", 12, (r, w) -> post("/api/v1/events", partnerKey, null,
                        "{\"id\":\"load-" + run + "-" + seq.incrementAndGet() + "\",\"type\":\"view\",\"userId\":\""
                                + pick(shoppers, r) + "\",\"productId\":\"" + pick(products, r) + "\"}")),
                new Endpoint("orders POST (Idempotency-Key)", 4, (r, w) -> {
                    // one in four sends the previous request again with its key: the same order comes back
                    if (w.lastOrderKey == null || r.nextInt(4) != 0) {
                        w.lastOrderKey = "load-" + run + "-" + seq.incrementAndGet();
                        w.lastOrderBody = "{\"accountId\":\"" + pick(shoppers, r) + "\",\"lines\":[{\"productId\":\""
                                + pick(orderable, r) + "\",\"quantity\":" + (1 + r.nextInt(2)) + "}]}";
                    }
                    return post("/api/v1/orders", partnerKey, w.lastOrderKey, w.lastOrderBody);
                }),
                new Endpoint("product edit (seller key)", 4, (r, w) -> {
                    String id = pick(editable, r);
                    return HttpRequest.newBuilder(URI.create(base + "/api/v1/products/" + id)).timeout(Duration.ofSeconds(30))
                            .header("X-API-Key", sellerKey).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(product(id, (1_000 + r.nextInt(9_000)) / 100.0, null))).build();
                }),
                new Endpoint("chat", 3, (r, w) -> post("/api/v1/chat", null, null,
                        "{\"message\":\"" + CHAT[r.nextInt(CHAT.length)] + "\",\"lang\":\"en\"}")));
    }

    /**
     * The shop's CPU over the mix by thread group, from /proc/PID/task/TID/stat sampled every second: a thread's
     * CPU is its last sample minus its first (a thread born during the mix starts at 0), so a thread that ends loses
     * at most its last second, and what no sampled thread accounts for is printed as such. Groups are the thread
     * names without their numbers; the summary puts them in four kinds: the HTTP worker threads (the requests' own
     * work), the JIT compilers, the VM and GC threads, and everything else (the embedded database, the group commit,
     * the index publisher, timers). Every 10 s it also prints the shop's CPU per request of those 10 s, so a mix that
     * is still warming up shows itself.
     */
    static final class ThreadCpu {
        record Seen(String group, long first, long last) {
        }

        final String pid;
        final Map<String, Seen> threads = new ConcurrentHashMap<>();
        final List<String> intervals = new ArrayList<>();
        volatile boolean running = true;
        Thread sampler;

        private ThreadCpu(String pid) {
            this.pid = pid;
        }

        static ThreadCpu start(String pid) {
            if (pid.isEmpty() || !Files.isDirectory(Path.of("/proc", pid, "task"))) {
                return null;
            }
            ThreadCpu t = new ThreadCpu(pid);
            t.sample(true);
            t.sampler = new Thread(t::loop, "thread-cpu-sampler");
            t.sampler.setDaemon(true);
            t.sampler.start();
            return t;
        }

        private void loop() {
            long t0 = System.nanoTime();
            long from = 0;
            double cpu = 0;
            long done = DONE.get();
            Map<String, Long> jit = jitTicks();
            try {
                cpu = shopCpuSeconds();
                while (running) {
                    Thread.sleep(1000);
                    sample(false);
                    // by the clock, not by samples: on a loaded machine a pass over the threads takes a while
                    long now = (System.nanoTime() - t0) / 1_000_000_000L;
                    if (now - from >= 10) {
                        double c = shopCpuSeconds();
                        long d = DONE.get();
                        Map<String, Long> j = jitTicks();
                        long jitDelta = j.values().stream().mapToLong(Long::longValue).sum()
                                - jit.values().stream().mapToLong(Long::longValue).sum();
                        double span = now - from;
                        intervals.add(String.format(Locale.ROOT, "| %d-%d s | %.0f | %.2f | %.2f | %.2f |", from, now,
                                (d - done) / span, (c - cpu) / span, d == done ? 0 : 1000 * (c - cpu) / (d - done),
                                d == done ? 0 : 10.0 * jitDelta / (d - done)));
                        from = now;
                        cpu = c;
                        done = d;
                        jit = j;
                    }
                }
            } catch (IOException | InterruptedException e) {
                intervals.add("sampler stopped: " + e);
            }
        }

        private Map<String, Long> jitTicks() {
            Map<String, Long> m = new TreeMap<>();
            threads.forEach((tid, s) -> {
                if (kind(s.group()).equals("JIT compilers")) {
                    m.put(tid, s.last());
                }
            });
            return m;
        }

        /** One pass over the shop's threads; a thread that ends while it is read is skipped. */
        private void sample(boolean atStart) {
            try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        String tid = task.getFileName().toString();
                        threads.merge(tid, new Seen(group(name), atStart ? ticks : 0, ticks),
                                (old, now) -> new Seen(old.group(), old.first(), now.last()));
                    } catch (IOException | RuntimeException ended) {
                        // the thread ended between the listing and the read: its earlier samples stand
                    }
                }
            } catch (IOException e) {
                running = false;
            }
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            sample(false);
        }

        /**
         * A thread's name (Linux keeps its first 15 characters) without its trailing number: "C2 CompilerThre" stays,
         * "mongo-server-w3" and "mongo-server-w12" are one group.
         */
        static String group(String name) {
            return name.replaceAll("[-_ .:()#]*[0-9]+[-_ .:()0-9]*$", "").strip();
        }

        static String kind(String group) {
            if (group.startsWith("http-thread-po") || group.startsWith("http-listener")) {
                return "HTTP workers";
            }
            if (group.contains("CompilerThre")) {
                return "JIT compilers";
            }
            if (group.startsWith("VM ") || group.startsWith("GC ") || group.startsWith("G1 ") || group.equals("Sweeper thread")) {
                return "VM and GC";
            }
            return "other (database, commits, publishers, timers)";
        }

        void report(double processSeconds, long requests, List<String> rows) {
            Map<String, Long> byGroup = new TreeMap<>();
            threads.values().forEach(s -> byGroup.merge(s.group(), s.last() - s.first(), Long::sum));
            Map<String, Long> byKind = new TreeMap<>();
            byGroup.forEach((g, t) -> byKind.merge(kind(g), t, Long::sum));
            long sampled = byGroup.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf(Locale.ROOT, "shop CPU over the mix by thread kind (%d threads seen; ms a request, share of "
                    + "the process's %.1f s):%n%n| kind | CPU s | ms a request | share |%n|---|---|---|---|%n",
                    threads.size(), processSeconds);
            byKind.forEach((k, t) -> {
                System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %.0f %% |%n", k, t / 100.0, 10.0 * t / requests,
                        100 * t / 100.0 / processSeconds);
                rows.add(row("cpu " + k, "shop_cpu_ms_per_request", 10.0 * t / requests));
            });
            double lost = processSeconds - sampled / 100.0;
            System.out.printf(Locale.ROOT, "| threads that ended between samples (and rounding) | %.1f | %.2f | %.0f %% |%n%n",
                    lost, 1000 * lost / requests, 100 * lost / processSeconds);
            System.out.println("| thread group | CPU s | ms a request |");
            System.out.println("|---|---|---|");
            byGroup.entrySet().stream().filter(e -> e.getValue() >= 10)
                    .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(14)
                    .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f |%n", e.getKey(), e.getValue() / 100.0,
                            10.0 * e.getValue() / requests));
            System.out.printf("%n| mix interval | req/s | shop cores | shop CPU ms a request | JIT ms a request |%n|---|---|---|---|---|%n");
            intervals.forEach(System.out::println);
            System.out.println();
        }
    }

    record Result(Map<String, long[]> latencies, AtomicLong errors, Map<String, AtomicLong> errorsByEndpoint, double seconds) {
        long total() {
            return latencies.values().stream().mapToLong(l -> l.length).sum();
        }

        double percentile(String endpoint, int p) {
            return pct(latencies.getOrDefault(endpoint, new long[0]), p);
        }
    }

    /** p-th percentile in ms of sorted nanos. */
    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static Result run(List<Endpoint> mix, int threads, int seconds) throws InterruptedException {
        int total = mix.stream().mapToInt(Endpoint::weight).sum();
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> errorsBy = new ConcurrentHashMap<>();
        List<Worker> workers = new ArrayList<>();
        List<Thread> ts = new ArrayList<>();
        long t0 = System.nanoTime();
        long end = t0 + seconds * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            Worker w = new Worker();
            workers.add(w);
            Random rnd = new Random(t * 31L + seconds);
            Thread th = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int pick = rnd.nextInt(total);
                    Endpoint e = mix.get(0);
                    for (Endpoint c : mix) {
                        pick -= c.weight();
                        if (pick < 0) {
                            e = c;
                            break;
                        }
                    }
                    long s = System.nanoTime();
                    int status;
                    String body = "";
                    try {
                        HttpResponse<String> r = HTTP.send(e.step().build(rnd, w), HttpResponse.BodyHandlers.ofString());
                        status = r.statusCode();
                        body = r.body();
                    } catch (IOException | InterruptedException x) {
                        status = 0;
                        body = x.toString();
                    }
                    w.record(e.name(), System.nanoTime() - s);
                    DONE.incrementAndGet();
                    if (status / 100 != 2) {
                        errorsBy.computeIfAbsent(e.name(), k -> new AtomicLong()).incrementAndGet();
                        if (errors.incrementAndGet() <= 10) {
                            System.out.println("ERROR " + e.name() + ": " + status + " "
                                    + body.substring(0, Math.min(300, body.length())));
                        }
                    }
                }
            });
            th.start();
            ts.add(th);
        }
        for (Thread th : ts) {
            th.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Map<String, long[]> merged = new LinkedHashMap<>();
        for (Endpoint e : mix) {
            long[] l = workers.stream().flatMapToLong(w -> Arrays.stream(w.latencies.getOrDefault(e.name(), new long[0]),
                    0, w.counts.getOrDefault(e.name(), 0))).sorted().toArray();
            merged.put(e.name(), l);
        }
        return new Result(merged, errors, errorsBy, elapsed);
    }

    static String pick(List<String> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }

    static HttpRequest get(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return b.build();
    }

    static HttpRequest post(String path, String key, String idempotencyKey, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return b.build();
    }

    static String product(String id, double price, Integer stock) {
        return "{\"id\":\"" + id + "\",\"sellerId\":\"" + seller + "\",\"name\":{\"en\":\"Load test " + id + "\"},\"category\":\""
                + category + "\",\"subCategory\":\"" + subCategory + "\",\"price\":" + String.format(Locale.ROOT, "%.2f", price)
                + (stock == null ? "" : ",\"stock\":" + stock) + "}";
    }

    static HttpResponse<String> send(String method, String path, String key, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        if (key != null) {
            b.header("X-API-Key", key);
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String must(HttpResponse<String> r, String what) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String key(String json) {
        Matcher m = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no key in " + json);
        }
        return m.group(1);
    }

    static void setUp() throws Exception {
        for (int page = 0; page < 5; page++) {
            String list = must(send("GET", "/api/v1/products?size=100&page=" + page, null, null), "product list");
            Matcher m = ID.matcher(list);
            while (m.find()) {
                products.add(m.group(1));
            }
            Matcher s = SELLER.matcher(list);
            if (seller == null && s.find()) {
                seller = s.group(1);
            }
        }
        Matcher names = Pattern.compile("\"en\":\"([A-Za-z]{4,})").matcher(must(send("GET", "/api/v1/products?size=100", null, null), "names"));
        while (names.find() && words.size() < 200) {
            words.add(names.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher cats = Pattern.compile("\"id\":\"([a-z0-9-]+)\"").matcher(must(send("GET", "/api/v1/categories", null, null), "categories"));
        cats.find();
        category = cats.group(1);
        cats.find();
        subCategory = cats.group(1);
        for (int i = 1; i <= 20; i++) {
            String email = String.format("shopper%04d@demo.vitrine.io", i);
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(must(send("GET", "/api/v1/admin/shoppers?email="
                    + URLEncoder.encode(email, StandardCharsets.UTF_8), admin, null), "shopper " + email));
            if (id.find()) {
                shoppers.add(id.group(1));
            }
        }
        sellerKey = key(must(send("POST", "/api/v1/admin/api-keys", admin, "{\"name\":\"load-seller-" + run + "\",\"sellerId\":\""
                + seller + "\",\"scopes\":[\"catalog:write\"]}"), "seller key"));
        partnerKey = key(must(send("POST", "/api/v1/admin/api-keys", admin, "{\"name\":\"load-partner-" + run
                + "\",\"scopes\":[\"recommendations:read\",\"orders:write\",\"events:write\"]}"), "partner key"));
        for (int i = 0; i < 8; i++) {
            String id = "load-" + run + "-o" + i;
            must(send("POST", "/api/v1/products", admin, product(id, 12.5, 1_000_000)), "product " + id);
            orderable.add(id);
            String edit = "load-" + run + "-e" + i;
            must(send("POST", "/api/v1/products", admin, product(edit, 20, 100)), "product " + edit);
            editable.add(edit);
        }
        System.out.printf("set up: %d products, %d search words, %d shoppers, seller %s, %d products to order, %d to edit%n",
                products.size(), words.size(), shoppers.size(), seller, orderable.size(), editable.size());
        // the chat model and the engines load after the shop answers: wait until each answers 2xx
        long until = System.nanoTime() + 600_000_000_000L;
        for (Endpoint e : mix()) {
            Worker w = new Worker();
            Random r = new Random();
            while (true) {
                HttpResponse<String> resp = HTTP.send(e.step().build(r, w), HttpResponse.BodyHandlers.ofString());
                if (resp.statusCode() / 100 == 2) {
                    break;
                }
                if (System.nanoTime() > until) {
                    throw new IllegalStateException(e.name() + " is not ready: " + resp.statusCode() + " " + resp.body());
                }
                Thread.sleep(2000);
            }
        }
        System.out.println("every endpoint answers 2xx");
    }
}
