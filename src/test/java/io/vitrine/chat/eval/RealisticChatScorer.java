package io.vitrine.chat.eval;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a shopper set (format in {@code src/test/resources/chat-realistic/README.md}) against a running shop: every
 * turn is posted to {@code POST /api/v1/chat} and passes when all its checks hold on what the shopper sees (reply
 * text, intent, cards). Products named in messages and the sub-category of each card come from the catalogue API.
 * <p>
 * {@code java ... RealisticChatScorer http://localhost:8080 src/test/resources/chat-realistic} prints the pass rate
 * per language and category and every failing turn; the chat benchmark calls {@link #score} for its
 * {@code realistic-*} rows when {@code -Dbench.chat.url} is set.
 */
public final class RealisticChatScorer {

    /** Categories whose replies must carry no product card. */
    private static final List<String> NO_CARDS = List.of("policy", "order", "handover", "smalltalk", "oos");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(p|p2|q):([a-z-]+)}");
    private static final Pattern HANDOVER = Pattern.compile(
            "seller|vendeu|human|humain|person|conseill|message|team|equipe|service client|customer service");
    private static final Map<String, String> COLOUR_FR = Map.ofEntries(Map.entry("red", "rouge"), Map.entry("black", "noir"),
            Map.entry("white", "blanc"), Map.entry("blue", "bleu"), Map.entry("green", "vert"), Map.entry("grey", "gris"),
            Map.entry("pink", "rose"), Map.entry("brown", "marron"), Map.entry("beige", "beige"), Map.entry("navy", "marine"));

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, JsonObject> productById = new HashMap<>();
    private final Map<String, List<JsonObject>> firstTwoBySub = new HashMap<>();

    public RealisticChatScorer(URI base) {
        this.base = base;
    }

    /** One turn to post and what must hold on its reply. */
    record Turn(String category, String message, List<String> checks) {
    }

    /** A turn's verdict: the message as sent, the reply, and the checks that failed (none: passed). */
    public record Outcome(String lang, String category, String message, String reply, String intent, int cards,
                          List<String> failed, double millis) {
        public boolean passed() {
            return failed.isEmpty();
        }
    }

    /** Pass counts per language and category ({@code "en/discovery"}, ..., {@code "en/conversation"}). */
    public record Score(List<Outcome> outcomes) {
        public Map<String, int[]> byGroup() {
            Map<String, int[]> out = new TreeMap<>();
            for (Outcome o : outcomes) {
                for (String key : List.of(o.lang() + "/" + o.category(), o.lang() + "/all")) {
                    int[] n = out.computeIfAbsent(key, k -> new int[2]);
                    n[0] += o.passed() ? 1 : 0;
                    n[1]++;
                }
            }
            return out;
        }

        /** The {@code q}-quantile (0.5, 0.99) of the round-trip time of one message over REST, in milliseconds. */
        public double latency(double q) {
            double[] ms = outcomes.stream().mapToDouble(Outcome::millis).filter(d -> !Double.isNaN(d)).sorted().toArray();
            return ms.length == 0 ? Double.NaN : ms[Math.min(ms.length - 1, (int) Math.ceil(q * ms.length) - 1)];
        }

        public double passRate(String lang) {
            int[] n = byGroup().getOrDefault(lang + "/all", new int[] {0, 0});
            return n[1] == 0 ? Double.NaN : (double) n[0] / n[1];
        }
    }

    public static void main(String[] args) throws IOException {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        Path folder = Path.of(args.length > 1 ? args[1] : "src/test/resources/chat-realistic");
        RealisticChatScorer scorer = new RealisticChatScorer(base);
        // this JVM's first request loads and links its HTTP client (100 ms and more): not the shop's time, so not timed
        long first = System.nanoTime();
        scorer.send(HttpRequest.newBuilder(base.resolve("/api/v1/ping")).timeout(Duration.ofSeconds(30)).GET().build());
        System.out.printf("the scorer's own first request (ping, not timed): %.1f ms%n", (System.nanoTime() - first) / 1e6);
        Score s = scorer.score(folder);
        for (Outcome o : s.outcomes()) {
            if (!o.passed()) {
                System.out.printf("FAIL %s/%s  %s%n     -> [%s, %d cards] %s%n     failed: %s%n", o.lang(), o.category(),
                        o.message(), o.intent(), o.cards(), o.reply(), o.failed());
            }
        }
        s.byGroup().forEach((k, n) -> System.out.printf("%-22s %3d / %3d  %.3f%n", k, n[0], n[1], (double) n[0] / n[1]));
        System.out.printf("round trip per message over REST: p50 %.1f ms, p99 %.1f ms (%d messages)%n", s.latency(0.5),
                s.latency(0.99), s.outcomes().size());
        System.out.printf("refused by the chat budget (429) and sent again a second later, not timed: %d%n", scorer.throttled);
        String turns = System.getProperty("chat.turns");
        if (turns != null) {
            // every message's round trip in the order sent, to compare two builds turn by turn
            List<String> lines = new ArrayList<>(List.of("lang\tcategory\tintent\tmillis\tmessage"));
            s.outcomes().forEach(o -> lines.add(String.join("\t", o.lang(), o.category(), o.intent(),
                    String.format(Locale.ROOT, "%.2f", o.millis()), o.message())));
            Files.write(Path.of(turns), lines, StandardCharsets.UTF_8);
        }
        s.outcomes().stream().filter(o -> !Double.isNaN(o.millis()))
                .sorted(java.util.Comparator.comparingDouble(Outcome::millis).reversed()).limit(5)
                .forEach(o -> System.out.printf("slow: %.1f ms  %s/%s [%s]  %s%n", o.millis(), o.lang(), o.category(),
                        o.intent(), o.message()));
    }

    /** Scores the singles and conversations of both languages found in {@code folder}. */
    public Score score(Path folder) throws IOException {
        List<Outcome> out = new ArrayList<>();
        for (String lang : List.of("en", "fr")) {
            Path singles = folder.resolve("singles-" + lang + ".tsv");
            if (Files.exists(singles)) {
                for (String line : Files.readAllLines(singles, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length >= 2 && !line.startsWith("#")) {
                        out.addAll(run(lang, List.of(new Turn(f[0], f[1], checks(f.length > 2 ? f[2] : "")))));
                    }
                }
            }
            Path dialogues = folder.resolve("conversations-" + lang + ".txt");
            if (Files.exists(dialogues)) {
                for (List<Turn> d : conversations(Files.readAllLines(dialogues, StandardCharsets.UTF_8))) {
                    out.addAll(run(lang, d));
                }
            }
        }
        return new Score(out);
    }

    private static List<String> checks(String spec) {
        return spec.isBlank() ? List.of() : List.of(spec.strip().split("\\s*;\\s*"));
    }

    static List<List<Turn>> conversations(List<String> lines) {
        List<List<Turn>> out = new ArrayList<>();
        List<Turn> current = null;
        String message = null;
        for (String line : lines) {
            if (line.startsWith("#")) {
                current = new ArrayList<>();
                out.add(current);
            } else if (line.startsWith(">")) {
                message = line.substring(1).strip();
            } else if (!line.isBlank() && current != null && message != null) {
                current.add(new Turn("conversation", message, checks(line)));
                message = null;
            }
        }
        return out;
    }

    /** One conversation (a single message is a conversation of one turn). */
    private List<Outcome> run(String lang, List<Turn> turns) {
        List<Outcome> out = new ArrayList<>();
        String conversation = null;
        List<JsonObject> previous = List.of();
        for (Turn t : turns) {
            String message = fill(t.message(), lang);
            JsonObject reply;
            try {
                reply = ask(conversation, message, lang);
            } catch (RuntimeException e) {
                out.add(new Outcome(lang, t.category(), message, e.toString(), "-", 0, List.of("request failed"), Double.NaN));
                continue;
            }
            double millis = lastAnsweredMillis;
            conversation = reply.getString("conversationId", conversation);
            List<JsonObject> cards = reply.getJsonArray("cards").getValuesAs(JsonObject.class);
            List<String> checks = new ArrayList<>(t.checks());
            if (NO_CARDS.contains(t.category())) {
                checks.add("cards=0");
            }
            if (t.category().equals("oos")) {
                checks.add("intent=out_of_scope");
                checks.add("handover");
            }
            List<String> failed = new ArrayList<>();
            for (String c : checks) {
                if (!holds(c, reply, cards, previous, lang)) {
                    failed.add(c);
                }
            }
            out.add(new Outcome(lang, t.category(), message, reply.getString("reply"), reply.getString("intent"),
                    cards.size(), List.copyOf(failed), millis));
            if (cards.size() >= 2) {
                previous = cards; // the last list shown: "the third one" is never the single card of a product answer
            }
        }
        return out;
    }

    private boolean holds(String check, JsonObject reply, List<JsonObject> cards, List<JsonObject> previous, String lang) {
        String text = fold(reply.getString("reply"));
        int eq = check.indexOf('=');
        String key = check.replaceAll("[=<>].*", "");
        String arg = eq < 0 ? "" : check.substring(eq + 1);
        return switch (key) {
            case "intent" -> List.of(arg.split("\\|")).contains(reply.getString("intent"));
            case "cards" -> check.startsWith("cards>") ? !cards.isEmpty()
                    : check.startsWith("cards<=") ? cards.size() <= Integer.parseInt(arg) : cards.size() == Integer.parseInt(arg);
            case "type" -> cards.stream().allMatch(c -> List.of(arg.split("\\|")).contains(product(c).getString("subCategory")));
            case "cat" -> cards.stream().allMatch(c -> product(c).getString("category").equals(arg));
            case "colour" -> cards.stream().allMatch(c -> fold(c.getString("name")).contains(arg)
                    || fold(c.getString("name")).contains(COLOUR_FR.getOrDefault(arg, arg)));
            case "max" -> cards.stream().allMatch(c -> price(c).compareTo(new BigDecimal(arg)) <= 0);
            case "min" -> cards.stream().allMatch(c -> price(c).compareTo(new BigDecimal(arg)) >= 0);
            case "says" -> Pattern.compile(fold(arg)).matcher(text).find();
            case "not" -> !Pattern.compile(fold(arg)).matcher(text).find();
            case "handover" -> HANDOVER.matcher(text).find();
            case "about" -> about(arg, text, cards, lang);
            case "price" -> text.contains(fold(money(placeholder(arg), lang)));
            case "names" -> List.of(arg.split(",")).stream().allMatch(p -> about(p, text, cards, lang));
            case "prev" -> previous.size() >= Integer.parseInt(arg)
                    && refersTo(product(previous.get(Integer.parseInt(arg) - 1)), text, cards, lang);
            case "cheapest" -> !previous.isEmpty() && refersTo(product(previous.stream()
                    .min((a, b) -> price(a).compareTo(price(b))).orElseThrow()), text, cards, lang);
            case "cheaper" -> !previous.isEmpty() && cards.stream().allMatch(c -> price(c).compareTo(
                    previous.stream().map(RealisticChatScorer::price).max(BigDecimal::compareTo).orElseThrow()) < 0);
            case "same" -> !previous.isEmpty() && cards.stream().allMatch(c -> product(c).getString("subCategory")
                    .equals(product(previous.get(0)).getString("subCategory")));
            default -> throw new IllegalArgumentException("unknown check " + check);
        };
    }

    /** {@code p:sub} as {@link #refersTo}; {@code q:sub}: the name as typed in the text, or a card whose name starts so. */
    private boolean about(String ref, String text, List<JsonObject> cards, String lang) {
        if (!ref.startsWith("q:")) {
            return refersTo(placeholder(ref), text, cards, lang);
        }
        String typed = fill("{" + ref + "}", lang);
        return text.contains(typed) || cards.size() <= 2 && cards.stream().anyMatch(c -> fold(c.getString("name")).startsWith(typed));
    }

    /** The reply names the product, or shows it as its only card or among at most two. */
    private static boolean refersTo(JsonObject p, String text, List<JsonObject> cards, String lang) {
        String name = fold(p.getJsonObject("name").getString(lang));
        String id = p.getString("id");
        boolean named = text.contains(name);
        boolean carded = cards.size() <= 2 && cards.stream().anyMatch(c -> c.getString("id").equals(id));
        return named || carded;
    }

    private static BigDecimal price(JsonObject card) {
        return BigDecimal.valueOf(card.getJsonNumber("priceCents").longValue(), 2);
    }

    private static String money(JsonObject p, String lang) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(lang.equals("fr") ? Locale.FRANCE : Locale.UK);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(p.getJsonNumber("price").bigDecimalValue());
    }

    /** The message with {p:sub}, {p2:sub} and {q:sub} replaced by product names. */
    private String fill(String message, String lang) {
        Matcher m = PLACEHOLDER.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonObject p = placeholder(m.group(1) + ":" + m.group(2));
            String name = p.getJsonObject("name").getString(lang);
            if (m.group(1).equals("q")) {
                // English names end with " – Colour"; French ones carry the colour inside: typed as is, unaccented
                name = fold(name.replaceAll("\\s+–\\s+.*$", ""));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    private JsonObject placeholder(String ref) {
        String[] kv = ref.split(":");
        List<JsonObject> two = firstTwoBySub.computeIfAbsent(kv[1], sub -> distinctNames(get("/api/v1/products?sort=name&size=40&subCategory="
                + URLEncoder.encode(sub, StandardCharsets.UTF_8)).getJsonArray("items").getValuesAs(JsonObject.class)));
        if (two.size() < 2) {
            throw new IllegalStateException("the catalogue has fewer than two " + kv[1]);
        }
        return two.get(kv[0].equals("p2") ? 1 : 0);
    }

    /** The products whose English and French names no other product of the page shares: a shopper can name them. */
    private static List<JsonObject> distinctNames(List<JsonObject> page) {
        Map<String, Integer> count = new HashMap<>();
        for (JsonObject p : page) {
            count.merge("en:" + p.getJsonObject("name").getString("en"), 1, Integer::sum);
            count.merge("fr:" + p.getJsonObject("name").getString("fr"), 1, Integer::sum);
        }
        return page.stream().filter(p -> count.get("en:" + p.getJsonObject("name").getString("en")) == 1
                && count.get("fr:" + p.getJsonObject("name").getString("fr")) == 1).limit(2).toList();
    }

    private JsonObject product(JsonObject card) {
        return productById.computeIfAbsent(card.getString("id"), id -> get("/api/v1/products/" + id));
    }

    /** Round trip of the last request that was answered (a 429's wait for the budget to refill is not the shop's time). */
    private double lastAnsweredMillis = Double.NaN;
    /** Requests refused by the shop's chat budget (429) and sent again a second later. */
    private int throttled;

    private JsonObject ask(String conversation, String message, String lang) {
        var body = Json.createObjectBuilder().add("message", message);
        if (conversation != null) {
            body.add("conversationId", conversation);
        }
        HttpRequest r = HttpRequest.newBuilder(base.resolve("/api/v1/chat")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
                .build();
        return send(r);
    }

    private JsonObject get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private JsonObject send(HttpRequest r) {
        for (int attempt = 0; ; attempt++) {
            try {
                long start = System.nanoTime();
                HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
                lastAnsweredMillis = (System.nanoTime() - start) / 1e6;
                if (res.statusCode() == 429 && attempt < 20) {
                    throttled++;
                    Thread.sleep(1000); // the chat budget of one client: wait for the bucket to refill (not timed)
                    continue;
                }
                if (res.statusCode() != 200) {
                    throw new IllegalStateException(r.uri() + " answered " + res.statusCode() + ": " + res.body());
                }
                try (JsonReader reader = Json.createReader(new StringReader(res.body()))) {
                    return reader.readObject();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Lower case, no accents, typographic apostrophes plain, "€" kept. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('’', '\'')
                .replace('\u00a0', ' ').replace('\u202f', ' ').toLowerCase(Locale.ROOT);
    }
}
