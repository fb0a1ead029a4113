import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of src/test/bench/crash-test.sh (plain Java, no dependencies: {@code java CrashDriver.java ...}).
 *
 * <pre>
 * setup  BASE KEY DIR         creates the crash products and writes their initial stock to DIR/initial.txt
 * drive  BASE KEY DIR STOP    event, order and product-edit clients until the file STOP exists; every 2xx is
 *                             appended to DIR/acks-*.txt before the next request (the shop is killed meanwhile:
 *                             failed requests are retried with a new id, never counted)
 * verify BASE KEY DIR         checks every acknowledged write against the restarted shop and prints the figures
 * </pre>
 */
public class CrashDriver {

    static final int PRODUCTS = 4;
    static final int INITIAL_STOCK = 100_000;
    static final String ACCOUNT = "shopper0002@demo.vitrine.io";
    static final String EDITED = "crash-edit";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    public static void main(String[] a) throws Exception {
        String base = a[1];
        String key = a[2];
        Path dir = Path.of(a[3]);
        switch (a[0]) {
            case "setup" -> setup(base, key, dir);
            case "drive" -> drive(base, key, dir, Path.of(a[4]));
            case "verify" -> System.exit(verify(base, key, dir) ? 0 : 1);
            default -> throw new IllegalArgumentException(a[0]);
        }
    }

    static HttpResponse<String> send(String base, String key, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", key).header("Content-Type", "application/json");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String seller = "seller01";

    static String product(String id, String category, String sub, double price, int stock) {
        return "{\"id\":\"" + id + "\",\"sellerId\":\"" + seller + "\",\"name\":{\"en\":\"Crash test " + id + "\"},\"category\":\"" + category
                + "\",\"subCategory\":\"" + sub + "\",\"price\":" + price + ",\"stock\":" + stock + "}";
    }

    static void setup(String base, String key, Path dir) throws Exception {
        Files.createDirectories(dir);
        String categories = send(base, key, "GET", "/api/v1/categories", null).body();
        Matcher m = Pattern.compile("\"id\":\"([a-z0-9-]+)\"").matcher(categories);
        m.find();
        String category = m.group(1);
        m.find();
        String sub = m.group(1);
        Matcher sm = Pattern.compile("\"sellerId\":\"([A-Za-z0-9_-]+)\"").matcher(send(base, key, "GET", "/api/v1/products?size=1", null).body());
        seller = sm.find() ? sm.group(1) : seller;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            HttpResponse<String> r = send(base, key, "POST", "/api/v1/products", product("crash-p-" + i, category, sub, 10, INITIAL_STOCK));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("cannot create crash-p-" + i + ": " + r.statusCode() + " " + r.body());
            }
            lines.add("crash-p-" + i + " " + INITIAL_STOCK);
        }
        HttpResponse<String> r = send(base, key, "POST", "/api/v1/products", product(EDITED, category, sub, 1, 5));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("cannot create " + EDITED + ": " + r.body());
        }
        lines.add("category " + category + " " + sub + " " + seller);
        Files.write(dir.resolve("initial.txt"), lines);
    }

    /** One file per client, one line per acknowledged write, flushed before the next request. */
    static final class Acks implements AutoCloseable {
        private final BufferedWriter out;

        Acks(Path file) throws IOException {
            out = Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }

        synchronized void add(String line) throws IOException {
            out.write(line);
            out.newLine();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    static void drive(String base, String key, Path dir, Path stop) throws Exception {
        List<String> initial = Files.readAllLines(dir.resolve("initial.txt"));
        String[] cat = initial.get(initial.size() - 1).split(" ");
        seller = cat[3];
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int client = c;
            clients.add(start(() -> loop(stop, failed, dir.resolve("acks-events-" + run + "-" + client + ".txt"), (acks, rnd) -> {
                String id = "crash-" + run + "-" + client + "-" + sent.incrementAndGet();
                String json = "{\"id\":\"" + id + "\",\"type\":\"view\",\"userId\":\"crash-shopper-" + client
                        + "\",\"productId\":\"crash-p-" + rnd.nextInt(PRODUCTS) + "\"}";
                HttpResponse<String> r = send(base, key, "POST", "/api/v1/events", json);
                if (r.statusCode() / 100 == 2) {
                    acks.add("event " + id + " " + r.body().replaceAll("\\s", ""));
                }
                return r.statusCode();
            })));
        }
        for (int c = 0; c < 2; c++) {
            int client = c;
            clients.add(start(() -> loop(stop, failed, dir.resolve("acks-orders-" + run + "-" + client + ".txt"), (acks, rnd) -> {
                String product = "crash-p-" + rnd.nextInt(PRODUCTS);
                int quantity = 1 + rnd.nextInt(3);
                HttpResponse<String> r = send(base, key, "POST", "/api/v1/orders", "{\"accountId\":\"" + ACCOUNT
                        + "\",\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":" + quantity + "}]}");
                if (r.statusCode() / 100 == 2) {
                    Matcher m = Pattern.compile("\"number\":\"(VT-\\d{8})\"").matcher(r.body());
                    acks.add("order " + (m.find() ? m.group(1) : "?") + " " + product + " " + quantity);
                }
                return r.statusCode();
            })));
        }
        clients.add(start(() -> loop(stop, failed, dir.resolve("acks-edits-" + run + ".txt"), (acks, rnd) -> {
            long cents = 100 + sent.incrementAndGet();
            acks.add("edit-sent " + cents);
            HttpResponse<String> r = send(base, key, "PUT", "/api/v1/products/" + EDITED,
                    product(EDITED, cat[1], cat[2], cents / 100.0, 5));
            if (r.statusCode() / 100 == 2) {
                acks.add("edit " + cents);
            }
            return r.statusCode();
        })));
        for (Thread t : clients) {
            t.join();
        }
    }

    static Thread start(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    interface Step {
        int run(Acks acks, Random rnd) throws Exception;
    }

    static void loop(Path stop, AtomicLong failed, Path file, Step step) {
        Random rnd = new Random();
        try (Acks acks = new Acks(file)) {
            while (!Files.exists(stop)) {
                try {
                    int status = step.run(acks, rnd);
                    if (status >= 500 || status == 0) {
                        Thread.sleep(200);
                    }
                } catch (IOException | IllegalStateException down) {
                    failed.incrementAndGet();
                    Thread.sleep(300); // the shop is down (killed): try again until it is back
                }
            }
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    static boolean verify(String base, String key, Path dir) throws Exception {
        List<String> acked = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("acks-")).sorted().toList()) {
                acked.addAll(Files.readAllLines(f));
            }
        }
        int events = 0;
        int lostEvents = 0;
        Map<String, String[]> orders = new HashMap<>();
        List<Long> editsAcked = new ArrayList<>();
        List<Long> editsSent = new ArrayList<>();
        for (String line : acked) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "event" -> {
                    events++;
                    // the same event again from the same sender: stored once, so it must come back as a duplicate
                    String client = f[1].replaceAll("^crash-[^-]+-(\\d+)-\\d+$", "$1");
                    String json = "{\"id\":\"" + f[1] + "\",\"type\":\"view\",\"userId\":\"crash-shopper-" + client
                            + "\",\"productId\":\"crash-p-0\"}";
                    HttpResponse<String> r = send(base, key, "POST", "/api/v1/events", json);
                    if (!r.body().replaceAll("\\s", "").contains("\"duplicates\":1")) {
                        lostEvents++;
                        System.out.println("LOST event " + f[1] + ": " + r.statusCode() + " " + r.body());
                    }
                }
                case "order" -> orders.put(f[1], f);
                case "edit" -> editsAcked.add(Long.parseLong(f[1]));
                case "edit-sent" -> editsSent.add(Long.parseLong(f[1]));
                default -> { }
            }
        }
        int lostOrders = 0;
        for (String number : orders.keySet()) {
            HttpResponse<String> r = send(base, key, "GET", "/api/v1/orders/" + number, null);
            if (r.statusCode() != 200) {
                lostOrders++;
                System.out.println("LOST order " + number + ": " + r.statusCode() + " " + r.body());
            }
        }
        // every stored order of the crash products, acknowledged or not (one may have been committed as the JVM died)
        Map<String, Integer> storedQuantity = new HashMap<>();
        Map<String, Integer> ackedQuantity = new HashMap<>();
        Set<String> stored = new HashSet<>();
        Pattern orderPattern = Pattern.compile("\"number\":\"(VT-\\d{8})\"");
        Pattern linePattern = Pattern.compile("\"productId\":\"(crash-p-\\d+)\"");
        Pattern quantityPattern = Pattern.compile("\"quantity\":(\\d+)");
        // order lists name the shopper by the opaque id, never the e-mail: the admin look-up gives it
        Matcher idm = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(
                send(base, key, "GET", "/api/v1/admin/shoppers?email=" + ACCOUNT.replace("@", "%40"), null).body());
        String shopper = idm.find() ? idm.group(1) : ACCOUNT;
        // every order of the shopper, page by page; each item is split out as a whole JSON object (its fields come in
        // any order: "lines" comes before "number"), and the list's total must equal the distinct orders seen
        long listedTotal = -1;
        int rows = 0;
        Set<String> cancelled = new HashSet<>();
        Set<String> crashOrders = new HashSet<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> r = send(base, key, "GET", "/api/v1/orders?account=" + shopper
                    + "&size=100&page=" + page, null);
            if (r.statusCode() != 200) {
                System.out.println("order list page " + page + ": " + r.statusCode() + " " + r.body());
                listedTotal = -2;
                break;
            }
            String body = r.body();
            List<String> items = objects(body, body.indexOf('[', body.indexOf("\"items\"")));
            String outside = body;
            for (String item : items) {
                outside = outside.replace(item, "");
            }
            Matcher t = Pattern.compile("\"total\":(\\d+)").matcher(outside);
            if (t.find()) {
                listedTotal = Long.parseLong(t.group(1));
            }
            if (items.isEmpty()) {
                break;
            }
            for (String order : items) {
                rows++;
                Matcher n = orderPattern.matcher(order);
                if (!n.find() || !stored.add(n.group(1))) {
                    continue;
                }
                if (order.contains("\"status\":\"cancelled\"")) {
                    cancelled.add(n.group(1));
                    continue;
                }
                for (String line : objects(order, order.indexOf('[', order.indexOf("\"lines\"")))) {
                    Matcher product = linePattern.matcher(line);
                    Matcher quantity = quantityPattern.matcher(line);
                    if (product.find() && quantity.find()) {
                        crashOrders.add(n.group(1));
                        storedQuantity.merge(product.group(1), Integer.parseInt(quantity.group(1)), Integer::sum);
                    }
                }
            }
        }
        boolean listOk = listedTotal == stored.size() && rows == stored.size();
        System.out.printf("order list: total %d, %d rows over the pages, %d distinct orders (%d cancelled) %s%n",
                listedTotal, rows, stored.size(), cancelled.size(), listOk ? "OK" : "MISMATCH");
        long ackedMissing = orders.keySet().stream().filter(n -> !stored.contains(n) || cancelled.contains(n)).count();
        if (ackedMissing > 0) {
            System.out.println(ackedMissing + " acknowledged orders are missing from the list or cancelled");
        }
        for (String[] f : orders.values()) {
            ackedQuantity.merge(f[2], Integer.parseInt(f[3]), Integer::sum);
        }
        // exact: the stock is the initial stock minus every stored (not cancelled) order, acknowledged or not (an order
        // whose answer a kill cut off is a legitimate order), and those are the acknowledged ones plus the ones
        // stored without an acknowledgement: no unit taken without an order, no order without its units
        boolean stockOk = listOk && ackedMissing == 0;
        System.out.println("| product | stock | initial - acknowledged orders | - orders stored without an acknowledgement | initial - stored orders | |");
        for (int i = 0; i < PRODUCTS; i++) {
            String id = "crash-p-" + i;
            HttpResponse<String> r = send(base, key, "GET", "/api/v1/products/" + id, null);
            Matcher s = Pattern.compile("\"stock\":(\\d+)").matcher(r.body());
            int stock = s.find() ? Integer.parseInt(s.group(1)) : -1;
            int ackedQ = ackedQuantity.getOrDefault(id, 0);
            int storedQ = storedQuantity.getOrDefault(id, 0);
            int unackedQ = storedQ - ackedQ;
            boolean ok = stock == INITIAL_STOCK - storedQ && unackedQ >= 0;
            stockOk &= ok;
            System.out.printf("| %s | %d | %d | %d | %d | %s |%n", id, stock, INITIAL_STOCK - ackedQ, unackedQ,
                    INITIAL_STOCK - storedQ, ok ? "OK" : "MISMATCH");
        }
        long unacknowledgedStored = crashOrders.stream().filter(n -> !orders.containsKey(n)).count();
        HttpResponse<String> edited = send(base, key, "GET", "/api/v1/products/" + EDITED, null);
        Matcher p = Pattern.compile("\"price\":([0-9.]+)").matcher(edited.body());
        long finalCents = p.find() ? Math.round(Double.parseDouble(p.group(1)) * 100) : -1;
        long lastAcked = editsAcked.stream().mapToLong(Long::longValue).max().orElse(100);
        long lastSent = editsSent.stream().mapToLong(Long::longValue).max().orElse(100);
        // the last acknowledged edit, or a later one that reached the disk but whose answer a kill cut off
        boolean editOk = finalCents >= lastAcked && finalCents <= lastSent;
        System.out.printf("events: %d acknowledged, %d lost%n", events, lostEvents);
        System.out.printf("orders: %d acknowledged, %d lost, %d stored without an acknowledgement (in flight at a kill)%n",
                orders.size(), lostOrders, unacknowledgedStored);
        System.out.printf("product edits: %d acknowledged; price %d cents, last acknowledged %d, last sent %d %s%n",
                editsAcked.size(), finalCents, lastAcked, lastSent, editOk ? "OK" : "LOST");
        System.out.printf("stock: %s%n", stockOk ? "equal to initial - acknowledged orders - orders stored without an"
                + " acknowledgement, for every product; every acknowledged order listed and not cancelled" : "MISMATCH");
        return lostEvents == 0 && lostOrders == 0 && stockOk && editOk;
    }

    /** The top-level JSON objects of the array starting at {@code from} (braces inside strings ignored). */
    static List<String> objects(String json, int from) {
        List<String> out = new ArrayList<>();
        if (from < 0) {
            return out;
        }
        int depth = 0;
        int start = -1;
        boolean inString = false;
        for (int i = from + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == '}') {
                if (--depth == 0) {
                    out.add(json.substring(start, i + 1));
                }
            } else if (c == ']' && depth == 0) {
                break;
            }
        }
        return out;
    }
}
