package io.vitrine.experiment;

import io.vitrine.experiment.analysis.Sample;
import io.vitrine.experiment.analysis.TeamDraft;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one experiment has seen so far, plain Java and thread-safe: each exposed shopper (unit) with their variant
 * and outcome (clicked, carted, revenue; for interleaving the clicks credited to each team), and per variant the
 * lists served, the empty ones and their serving time for the guardrails. Per-variant samples are kept
 * current on every change, so the admin page and the sequential test can look as often as they like. Only shoppers who saw one of the
 * experiment's lists count; events of anyone else are ignored.
 */
public final class Scoreboard {

    /** One exposed shopper. */
    public record Visitor(String variant, Instant firstSeen, boolean clicked, boolean carted, long revenueCents,
                          int clicksA, int clicksB) {

        Visitor click(Optional<TeamDraft.Team> team) {
            return new Visitor(variant, firstSeen, true, carted, revenueCents,
                    clicksA + (team.filter(t -> t == TeamDraft.Team.A).isPresent() ? 1 : 0),
                    clicksB + (team.filter(t -> t == TeamDraft.Team.B).isPresent() ? 1 : 0));
        }
    }

    /** Guardrail figures of one variant. */
    public record Serving(long lists, long empty, double meanMillis) {

        public double zeroRate() {
            return lists == 0 ? 0 : (double) empty / lists;
        }
    }

    private final Map<String, Visitor> visitors = new HashMap<>();
    /** Interleaving: the team of each product in the latest lists a shopper was shown. */
    private final Map<String, Map<String, TeamDraft.Team>> teams = new HashMap<>();
    private final Map<String, long[]> serving = new HashMap<>();
    /** Running samples per metric and variant, kept current on every change so a look costs nothing. */
    private final Map<Metric, Map<String, Sample>> tallies = new EnumMap<>(Metric.class);
    private final long[] preferences = new long[3];
    /** Accounts that logged in after being exposed anonymously: they stay the anonymous shopper's unit. */
    private final Map<String, String> aliases = new HashMap<>();
    /** Counts every change, so a saver knows whether there is anything new to write. */
    private long changes;

    /**
     * The shopper logged in: when their anonymous session saw the experiment and the account had not, the account
     * keeps the anonymous session's variant and outcome from now on.
     */
    public synchronized void loggedIn(String anonymousId, String accountId) {
        if (visitors.containsKey(anonymousId) && !visitors.containsKey(accountId)) {
            aliases.put(accountId, anonymousId);
            changes++;
        }
    }

    /** The unit a shopper id counts as: itself, or the anonymous session they logged in from. */
    public synchronized String unitOf(String shopper) {
        return aliases.getOrDefault(shopper, shopper);
    }

    /** A list of {@code variant} was shown to {@code unit}; the first one makes them a visitor of the experiment. */
    public synchronized void exposed(String unit, String variant, Instant at) {
        if (!visitors.containsKey(unit)) {
            change(unit, null, new Visitor(variant, at, false, false, 0, 0, 0));
        }
    }

    /** An interleaved list was shown: remembers whose team each product is, for the clicks to come. */
    public synchronized void shown(String unit, TeamDraft.Interleaved<String> list) {
        Map<String, TeamDraft.Team> mine = teams.computeIfAbsent(unit, u -> new HashMap<>());
        if (mine.size() > 200) {
            mine.clear(); // a shopper's recent lists are enough to credit their clicks
        }
        for (int i = 0; i < list.items().size(); i++) {
            mine.putIfAbsent(list.items().get(i), list.teams().get(i));
        }
    }

    /** Serving time and emptiness of one list (guardrails). */
    public synchronized void served(String variant, long nanos, boolean empty) {
        long[] s = serving.computeIfAbsent(variant, v -> new long[3]);
        changes++;
        s[0]++;
        s[1] += empty ? 1 : 0;
        s[2] += nanos;
    }

    public synchronized void clicked(String unit, String product) {
        Visitor v = visitors.get(unit);
        if (v != null) {
            Optional<TeamDraft.Team> team = Optional.ofNullable(teams.get(unit)).map(m -> m.get(product));
            change(unit, v, v.click(team));
        }
    }

    public synchronized void carted(String unit) {
        Visitor v = visitors.get(unit);
        if (v != null) {
            change(unit, v, new Visitor(v.variant(), v.firstSeen(), v.clicked(), true, v.revenueCents(), v.clicksA(), v.clicksB()));
        }
    }

    public synchronized void purchased(String unit, long cents) {
        Visitor v = visitors.get(unit);
        if (v != null) {
            change(unit, v, new Visitor(v.variant(), v.firstSeen(), v.clicked(), v.carted(), v.revenueCents() + cents,
                    v.clicksA(), v.clicksB()));
        }
    }

    private void change(String unit, Visitor before, Visitor after) {
        changes++;
        visitors.put(unit, after);
        for (Metric m : Metric.values()) {
            double x = before == null ? 0 : m.of(before);
            double y = m.of(after);
            Sample delta = new Sample(before == null ? 1 : 0, y - x, y * y - x * x);
            tallies.computeIfAbsent(m, k -> new TreeMap<>()).merge(after.variant(), delta, Sample::plus);
        }
        if (before != null) {
            preferences[1 - TeamDraft.preference(before.clicksA(), before.clicksB())]--;
        }
        preferences[1 - TeamDraft.preference(after.clicksA(), after.clicksB())]++;
    }

    /** Lists served, all variants together. */
    public synchronized long lists() {
        return serving.values().stream().mapToLong(s -> s[0]).sum();
    }

    public synchronized boolean knows(String unit) {
        return visitors.containsKey(unit);
    }

    public synchronized Optional<Visitor> visitor(String unit) {
        return Optional.ofNullable(visitors.get(unit));
    }

    public synchronized long visitors() {
        return visitors.size();
    }

    /** The metric's sample of each variant, by variant name. */
    public synchronized Map<String, Sample> samples(Metric metric) {
        return Map.copyOf(tallies.getOrDefault(metric, Map.of()));
    }

    /** Interleaving: shoppers whose clicks preferred B, preferred A, and those without a preference. */
    public synchronized Preferences preferences() {
        return new Preferences(preferences[0], preferences[2], preferences[1]);
    }

    public record Preferences(long winsB, long winsA, long ties) {
    }

    public synchronized Map<String, Serving> serving() {
        Map<String, Serving> out = new TreeMap<>();
        serving.forEach((variant, s) -> out.put(variant, new Serving(s[0], s[1], s[0] == 0 ? 0 : s[2] / 1e6 / s[0])));
        return out;
    }

    /** Per day (UTC) of first exposure and variant: the metric's sample of the shoppers who arrived up to that day. */
    public synchronized List<Point> series(Metric metric) {
        Map<LocalDate, Map<String, Sample>> daily = new TreeMap<>();
        for (Visitor v : visitors.values()) {
            LocalDate day = LocalDate.ofInstant(v.firstSeen(), ZoneOffset.UTC);
            daily.computeIfAbsent(day, d -> new TreeMap<>()).merge(v.variant(), Sample.empty().plus(metric.of(v)), Sample::plus);
        }
        List<Point> out = new ArrayList<>();
        Map<String, Sample> running = new TreeMap<>();
        daily.forEach((day, byVariant) -> {
            byVariant.forEach((variant, s) -> running.merge(variant, s, Sample::plus));
            running.forEach((variant, s) -> out.add(new Point(day, variant, s.n(), s.mean())));
        });
        return out;
    }

    /** A point of the cumulative chart. */
    public record Point(LocalDate day, String variant, long visitors, double value) {
    }

    /** How many changes it has seen: equal numbers mean nothing new. */
    public synchronized long changes() {
        return changes;
    }

    /**
     * What it must keep over a restart, as JSON: the visitors with their outcomes, the serving figures and the log-in
     * aliases (every sample, preference and series is derived from them; interleaving teams of the latest lists are
     * not kept, so a click on a list shown before the restart credits no team).
     */
    public synchronized JsonObject toJson() {
        JsonArrayBuilder people = Json.createArrayBuilder();
        visitors.forEach((unit, v) -> people.add(Json.createArrayBuilder().add(unit).add(v.variant()).add(v.firstSeen().toEpochMilli())
                .add(v.clicked()).add(v.carted()).add(v.revenueCents()).add(v.clicksA()).add(v.clicksB())));
        JsonObjectBuilder served = Json.createObjectBuilder();
        serving.forEach((variant, s) -> served.add(variant, Json.createArrayBuilder().add(s[0]).add(s[1]).add(s[2])));
        JsonObjectBuilder logins = Json.createObjectBuilder();
        aliases.forEach(logins::add);
        return Json.createObjectBuilder().add("visitors", people).add("serving", served).add("aliases", logins).build();
    }

    /** A scoreboard as {@link #toJson} wrote it. */
    public static Scoreboard fromJson(JsonObject saved) {
        Scoreboard board = new Scoreboard();
        for (JsonValue value : saved.getJsonArray("visitors")) {
            JsonArray v = value.asJsonArray();
            board.change(v.getString(0), null, new Visitor(v.getString(1), Instant.ofEpochMilli(v.getJsonNumber(2).longValue()),
                    v.getBoolean(3), v.getBoolean(4), v.getJsonNumber(5).longValue(), v.getInt(6), v.getInt(7)));
        }
        saved.getJsonObject("serving").forEach((variant, s) -> board.serving.put(variant, new long[] {
                s.asJsonArray().getJsonNumber(0).longValue(), s.asJsonArray().getJsonNumber(1).longValue(), s.asJsonArray().getJsonNumber(2).longValue()}));
        saved.getJsonObject("aliases").forEach((account, anonymous) -> board.aliases.put(account, ((JsonString) anonymous).getString()));
        board.changes = 0;
        return board;
    }
}
