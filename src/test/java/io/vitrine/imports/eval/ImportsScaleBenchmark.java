package io.vitrine.imports.eval;

import io.vitrine.bench.BenchReport;
import io.vitrine.bench.Benchmark;
import io.vitrine.catalog.InMemoryCategoryRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.catalog.importer.FlipkartCatalogImporter;
import io.vitrine.platform.imports.ImportReport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Import speed as catalogues grow ({@code mvn -Pbench -Dbench=imports-scale verify}, after
 * {@code mvn -o -q package -DskipTests}): the shared Flipkart sample (1,050 rows) and files of 10,000 and 100,000
 * rows made from it by repeating its rows with new {@code uniq_id}s (written to a temporary folder, never into the
 * repository), imported one after the other into the same shop, as an admin does with {@code POST /api/v1/admin/imports}
 * (a background job: the time runs from the POST to the job's end, read from its Location every 200 ms).
 * <p>
 * Model {@code shop}: a shop of its own started from {@code target/vitrine.war} with Payara Micro, the demo store off,
 * the embedded database, search, photo and recommendation indexes following every imported product (the rows/s the
 * issue asks for). Model {@code in-memory}: the importer alone into in-memory repositories, nothing observing (the
 * importer's own cost). {@code -Dbench.imports.url=http://...} uses a running shop instead (admin key
 * {@code bench-imports-admin-key-0123456789}); {@code -Dbench.imports.sizes=10000,100000} picks the sizes,
 * {@code -Dbench.imports.xmx=3g} the shop's heap (100,000 Flipkart products with their long descriptions and
 * specifications in the read model and the search index). {@code -Dbench.imports.reimport=true} imports each file a
 * second time into the shop with every product's name changed (rows {@code flipkart-<n>-reimport}: every row an
 * update of a stored product, written and announced as one batch per 500 rows).
 */
public final class ImportsScaleBenchmark implements Benchmark {

    static final String ADMIN_KEY = "bench-imports-admin-key-0123456789";
    private static final String SAMPLE = "flipkart-1050/flipkart_com-ecommerce_sample_1050.csv";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String url = System.getProperty("bench.imports.url", "");
    private final int port = Integer.getInteger("bench.imports.port", 18_097);
    private final List<Integer> sizes = sizes(System.getProperty("bench.imports.sizes", "1050,10000,100000"));
    private final boolean reimport = Boolean.getBoolean("bench.imports.reimport");
    /** A folder for a JFR recording (settings=profile) of the shop during each import; empty: none. */
    private final String jfr = System.getProperty("bench.imports.jfr", "");
    /** The shop's process: its CPU time per imported row survives a loaded machine, its wall rate does not. */
    private long shopPid = Long.getLong("bench.imports.pid", -1L);

    private static List<Integer> sizes(String text) {
        List<Integer> out = new ArrayList<>();
        for (String s : text.split(",")) {
            out.add(Integer.parseInt(s.strip()));
        }
        return out;
    }

    @Override
    public void run(Path data, BenchReport report) throws Exception {
        Path sample = data.resolve(SAMPLE).toAbsolutePath();
        Path work = Files.createTempDirectory("vitrine-imports-scale");
        List<Path> files = new ArrayList<>();
        for (int size : sizes) {
            Path file = work.resolve("flipkart-" + size + ".csv");
            repeated(sample, size, file, "");
            files.add(file);
        }
        for (int i = 0; i < sizes.size(); i++) {
            inMemory(files.get(i), sizes.get(i), report);
        }
        Process shop = url.isBlank() ? startShop(work) : null;
        if (shop != null) {
            shopPid = shop.pid();
        }
        try {
            waitForShop(shop);
            for (int i = 0; i < sizes.size(); i++) {
                inShop(files.get(i), sizes.get(i), "flipkart-" + sizes.get(i), report);
                if (reimport) {
                    Path revised = work.resolve("flipkart-" + sizes.get(i) + "-revised.csv");
                    repeated(sample, sizes.get(i), revised, " (revised)");
                    inShop(revised, sizes.get(i), "flipkart-" + sizes.get(i) + "-reimport", report);
                }
            }
        } finally {
            if (shop != null) {
                shop.destroy();
                if (!shop.waitFor(60, TimeUnit.SECONDS)) {
                    shop.destroyForcibly();
                }
            }
        }
    }

    /**
     * Writes {@code rows} rows of the sample's layout: its rows again and again, each with the file's size and the
     * repetition's number appended to {@code uniq_id} (so every row is a new product, in no other file of another size)
     * and, after the first repetition, to the name; {@code nameSuffix} is appended to every name (a revised file).
     */
    static void repeated(Path sample, int rows, Path target, String nameSuffix) throws IOException {
        List<CSVRecord> records;
        List<String> header;
        try (BufferedReader reader = Files.newBufferedReader(sample, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        }
        int id = header.indexOf("uniq_id");
        int name = header.indexOf("product_name");
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (int i = 0; i < rows; i++) {
                int round = i / records.size();
                List<String> row = new ArrayList<>(records.get(i % records.size()).toList());
                // ids of this file only: the files are imported into one shop for different sellers
                row.set(id, row.get(id) + "-n" + rows + "-r" + round);
                if (round > 0) {
                    row.set(name, row.get(name) + " " + round);
                }
                row.set(name, row.get(name) + nameSuffix);
                csv.printRecord(row);
            }
        }
    }

    private static void inMemory(Path file, int size, BenchReport report) throws IOException {
        FlipkartCatalogImporter importer = new FlipkartCatalogImporter(new InMemoryProductRepository(),
                new InMemoryCategoryRepository(), new InMemorySellerRepository());
        ImportReport r = importer.importFrom(file, FlipkartCatalogImporter.Options.forSeller("bench"));
        log("in-memory %,d rows: %,d imported, %,d rejected, %.1f s, %.0f rows/s", size, r.imported(), r.rejected(),
                r.elapsedMillis() / 1e3, r.rowsPerSecond());
        report.add("flipkart-" + size, "in-memory", "rows", r.rowsRead());
        report.add("flipkart-" + size, "in-memory", "import_s", r.elapsedMillis() / 1e3);
        report.add("flipkart-" + size, "in-memory", "rows_per_s", r.rowsPerSecond());
    }

    private void inShop(Path file, int size, String row, BenchReport report) throws Exception {
        String body = Json.createObjectBuilder().add("kind", "flipkart").add("path", file.toString())
                .add("seller", "bench-" + size).build().toString();
        recording("start", row);
        long cpu0 = cpuTicks();
        long t0 = System.nanoTime();
        HttpResponse<String> queued = send(request(URI.create(base() + "/api/v1/admin/imports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), 202);
        URI job = URI.create(queued.headers().firstValue("Location").orElseThrow(() -> new IOException("no Location")));
        JsonObject state = json(queued);
        Slices slices = new Slices(row, t0, cpu0);
        while (!List.of("done", "failed").contains(state.getString("state"))) {
            TimeUnit.MILLISECONDS.sleep(200);
            state = json(send(request(job).GET().build(), 200));
            slices.progress(state.getJsonNumber("rowsRead").longValue(), cpuTicks(), report);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long cpu = cpuTicks() - cpu0;
        recording("stop", row);
        if (!"done".equals(state.getString("state"))) {
            throw new IllegalStateException("import failed: " + state);
        }
        long rows = state.getJsonNumber("rowsRead").longValue();
        double cpuMsPerRow = cpu0 < 0 ? Double.NaN : cpu * 1000.0 / TICKS_PER_SECOND / rows;
        log("shop %s, %,d rows: %s in %.1f s, %.0f rows/s, shop CPU %.2f ms a row (%.1f s) (load %s)", row, size, state,
                seconds, rows / seconds, cpuMsPerRow, cpu / (double) TICKS_PER_SECOND, load());
        if (cpu0 >= 0) {
            report.add(row, "shop", "cpu_ms_per_row", Math.round(cpuMsPerRow * 1000) / 1000.0);
        }
        report.add(row, "shop", "rows", rows);
        report.add(row, "shop", "imported", state.getJsonNumber("imported").longValue());
        if (state.containsKey("updated")) {
            report.add(row, "shop", "updated", state.getJsonNumber("updated").longValue());
        }
        report.add(row, "shop", "import_s", Math.round(seconds * 10) / 10.0);
        report.add(row, "shop", "rows_per_s", Math.round(rows / seconds));
    }

    /**
     * The rate and shop CPU a row of each {@value #SLICE} rows of a large file, as the job reports its committed rows:
     * whether a row costs more as the catalogue grows (the first slice against the last). Each slice's wall clock is
     * logged too, to cut a JFR recording of the import at the same places.
     */
    private static final class Slices {
        static final long SLICE = 10_000;
        private final String row;
        private long rows;
        private long nanos;
        private long cpu;

        Slices(String row, long t0, long cpu0) {
            this.row = row;
            this.nanos = t0;
            this.cpu = cpu0;
        }

        void progress(long rowsRead, long cpuNow, BenchReport report) {
            if (rowsRead - rows < SLICE) {
                return;
            }
            long now = System.nanoTime();
            double seconds = (now - nanos) / 1e9;
            double cpuMs = cpu < 0 || cpuNow < 0 ? Double.NaN : (cpuNow - cpu) * 1000.0 / TICKS_PER_SECOND / (rowsRead - rows);
            log("shop %s rows %,d-%,d (ended %s): %.0f rows/s, shop CPU %.2f ms a row (load %s)", row, rows, rowsRead,
                    java.time.Instant.now(), (rowsRead - rows) / seconds, cpuMs, load());
            if (!Double.isNaN(cpuMs)) {
                report.add(row, "shop", "cpu_ms_per_row_from_row_" + rows, Math.round(cpuMs * 1000) / 1000.0);
            }
            rows = rowsRead;
            nanos = now;
            cpu = cpuNow;
        }
    }

    /** Clock ticks a second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
    private static final int TICKS_PER_SECOND = 100;

    /** User + system CPU ticks of the shop's process so far (-1 when unknown). */
    private long cpuTicks() {
        if (shopPid < 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + shopPid + "/stat"));
            // fields after the command name (which may hold spaces) : state is field 3, utime 14, stime 15
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Starts or stops the shop's JFR recording of one import when {@code bench.imports.jfr} names a folder. */
    private void recording(String action, String row) throws IOException, InterruptedException {
        if (jfr.isBlank() || shopPid < 0) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("jcmd", Long.toString(shopPid), "JFR." + action, "name=" + row));
        if (action.equals("start")) {
            command.add("settings=profile");
        } else {
            Path folder = Files.createDirectories(Path.of(jfr));
            command.add("filename=" + folder.resolve(row + ".jfr").toAbsolutePath());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        log("jcmd JFR.%s %s: %s", action, row, out.replace('\n', ' '));
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private String base() {
        return url.isBlank() ? "http://127.0.0.1:" + port : url.replaceAll("/+$", "");
    }

    private Process startShop(Path work) throws IOException {
        Path target = Path.of(System.getProperty("bench.target", "target")).toAbsolutePath();
        Path war = target.resolve("vitrine.war");
        if (!Files.exists(war) || !Files.exists(target.resolve("payara-micro.jar"))) {
            throw new IllegalStateException("no " + war + " or payara-micro.jar: run mvn -o -q package -DskipTests first");
        }
        List<String> command = List.of("java", "-Xmx" + System.getProperty("bench.imports.xmx", "3g"), "-XX:+UseG1GC",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Dvitrine.data.dir=" + work.resolve("data"), "-Dvitrine.admin.api-key=" + ADMIN_KEY,
                "-Dvitrine.demo.enabled=false", "-Dvitrine.vision.retrain.enabled=false",
                "-Dvitrine.recommend.train-at-start=false",
                "-jar", target.resolve("payara-micro.jar").toString(), "--addLibs", target.resolve("addlibs").toString(),
                "--deploy", war.toString(), "--contextroot", "/", "--port", Integer.toString(port), "--nocluster");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("shop.log").toFile());
        builder.environment().put("OMP_NUM_THREADS", "2");
        builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        log("starting the shop on port %d, log %s", port, work.resolve("shop.log"));
        return builder.start();
    }

    private void waitForShop(Process shop) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (shop != null && !shop.isAlive()) {
                throw new IllegalStateException("the shop stopped during start-up (exit " + shop.exitValue() + ")");
            }
            try {
                if (http.send(request(URI.create(base() + "/api/v1/ping")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.SECONDS.sleep(3);
        }
        throw new IllegalStateException("the shop did not answer within 15 minutes");
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).header("X-API-Key", ADMIN_KEY);
    }

    private HttpResponse<String> send(HttpRequest r, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(r.method() + " " + r.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[imports-scale] " + format + "%n", args);
        System.out.flush();
    }
}
