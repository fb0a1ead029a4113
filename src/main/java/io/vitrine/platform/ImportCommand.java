package io.vitrine.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Command-line import: a thin HTTP client of the admin endpoint, so the import runs inside the shop with its
 * database and the command needs nothing but the JDK.
 * <pre>
 * VITRINE_API_KEY=... java -cp target/classes io.vitrine.platform.ImportCommand \
 *     [--url http://localhost:8080] [--seller my-shop] fashion|flipkart|movielens|jsonl PATH
 * </pre>
 * PATH is read by the server; when it exists here too it is sent as an absolute path (client and server usually
 * share the machine). The key comes from the environment, not the arguments, so it stays out of {@code ps}.
 *
 * <p>Contract of {@code POST <url>/api/v1/admin/imports} (header {@code X-API-Key}, admin key):
 * <pre>
 * request  {"kind": "fashion", "path": "/srv/data/fashion-products", "seller": "my-shop"}   seller optional
 * 202      the import job, Location: its address; GET it until "state" is "done" or "failed":
 *          {"id": "...", "kind": "fashion", "state": "done", "percent": 100, "rowsRead": 7667, "imported": 7660,
 *           "updated": 0, "skippedDuplicates": 2, "rejected": 5, "rowsPerSecond": 1497.5,
 *           "errors": ".../api/v1/imports/{id}/errors"}   (the rejected rows as CSV: line, message)
 * 400      problem+json: unknown kind, unreadable path, path outside vitrine.import.dir
 * 401/403  problem+json: no key / not an admin key
 * </pre>
 * The command follows the job and prints its last state; a server answering 200 with the report (before jobs) is
 * printed as it is.
 */
public final class ImportCommand {

    private static final Set<String> KINDS = Set.of("fashion", "flipkart", "vitrine", "vitrine-jsonl", "movielens", "jsonl");
    private static final String USAGE = "usage: VITRINE_API_KEY=<admin key> ImportCommand [--url http://localhost:8080]"
            + " [--seller <seller-id>] fashion|flipkart|vitrine|vitrine-jsonl|movielens|jsonl <path>";

    private ImportCommand() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.exit(run(args, System.getenv("VITRINE_API_KEY"), System.out, System.err));
    }

    /** The whole command, returning its exit status: 0 done, 1 refused by the server, 2 bad usage. */
    static int run(String[] args, String key, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        String url = "http://localhost:8080";
        String seller = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url", "--seller" -> {
                    if (i + 1 >= args.length) {
                        err.println(USAGE);
                        return 2;
                    }
                    if (args[i].equals("--url")) {
                        url = args[++i];
                    } else {
                        seller = args[++i];
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> positional.add(args[i]);
            }
        }
        if (positional.size() != 2 || !KINDS.contains(positional.get(0))) {
            err.println(USAGE);
            return 2;
        }
        if (key == null || key.isBlank()) {
            err.println("set VITRINE_API_KEY to an admin API key\n" + USAGE);
            return 2;
        }
        Path local = Path.of(positional.get(1));
        String path = Files.exists(local) ? local.toAbsolutePath().normalize().toString() : positional.get(1);
        String body = "{\"kind\":" + quote(positional.get(0)) + ",\"path\":" + quote(path)
                + (seller == null ? "" : ",\"seller\":" + quote(seller)) + "}";

        HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/v1/admin/imports"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-API-Key", key)
                .timeout(Duration.ofHours(1)) // a large catalogue with photos takes minutes
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 202 && response.headers().firstValue("Location").isPresent()) {
            response = follow(client, URI.create(response.headers().firstValue("Location").get()), key, err);
        }
        out.println(response.body());
        if (response.statusCode() / 100 != 2 || response.body().contains("\"state\":\"failed\"")) {
            err.println("import failed: HTTP " + response.statusCode());
            return 1;
        }
        return 0;
    }

    /** Reads the job every second until it is done or failed, telling its progress on {@code err}. */
    private static HttpResponse<String> follow(HttpClient client, URI job, String key, PrintStream err)
            throws IOException, InterruptedException {
        java.util.regex.Pattern finished = java.util.regex.Pattern.compile("\"state\":\"(done|failed)\"");
        java.util.regex.Pattern percent = java.util.regex.Pattern.compile("\"percent\":(\\d+)");
        String told = "";
        while (true) {
            HttpResponse<String> state = client.send(HttpRequest.newBuilder(job).header("Accept", "application/json")
                    .header("X-API-Key", key).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (state.statusCode() != 200 || finished.matcher(state.body()).find()) {
                return state;
            }
            java.util.regex.Matcher m = percent.matcher(state.body());
            if (m.find() && !m.group(1).equals(told)) {
                told = m.group(1);
                err.println("importing: " + told + " %");
            }
            Thread.sleep(1000);
        }
    }

    /** JSON string literal; the only JSON this client writes. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
