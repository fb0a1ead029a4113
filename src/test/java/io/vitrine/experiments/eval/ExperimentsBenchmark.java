package io.vitrine.experiments.eval;

import io.vitrine.bench.BenchReport;
import io.vitrine.bench.Benchmark;
import io.vitrine.experiment.Assignment;
import io.vitrine.experiment.Attribution;
import io.vitrine.experiment.Metric;
import io.vitrine.experiment.Scoreboard;
import io.vitrine.experiment.analysis.Msprt;
import io.vitrine.experiment.analysis.PreferenceTest;
import io.vitrine.experiment.analysis.Sample;
import io.vitrine.experiment.analysis.TeamDraft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Proof by simulation ({@code mvn -Pbench -Dbench=experiments verify}): simulated shoppers whose clicks follow a known
 * ground truth visit the experiment code the shop serves with (stable hash assignment, team-draft merge, attribution
 * of the click's source, the scoreboard and the always-valid tests, looked at every {@value #LOOK} visitors).
 *
 * <p>Ground truth: each data set's users, their interactions in time order; the last 20 % (at least one) are what
 * the shopper truly wants. Two rankers trained on the first 80 %: A = popularity, B = item-to-item cosine. A shopper
 * shown ten products examines position k with probability 1 / log2(k + 2) and clicks an examined product with
 * probability {@value #P_RELEVANT} when it is one they want, {@value #P_NOISE} otherwise (position-based click model).
 * The true click-through of each ranker is computed exactly from this model and printed, so the margin is known.
 *
 * <p>Reported: over {@value #RUNS} A/A experiments per mode (both arms the same ranker), the share that declare a
 * winner within {@value #MAX_VISITORS} visitors; over {@value #RUNS} A/B experiments with B truly better, the visitors
 * until a decision (median), the share decided, and the share of decisions that picked B.
 */
public final class ExperimentsBenchmark implements Benchmark {

    static final int LIST = 10;
    static final int LOOK = 100;
    static final double P_RELEVANT = 0.5;
    static final double P_NOISE = 0.02;
    static final double ALPHA = 0.05;
    /** Beta(k, k) mixture of the interleaving test: bets on preference shares within about +-0.05 of 1/2. */
    static final double MIXTURE_K = 50;
    /** The mSPRT's mixture: tau = 5 % of the baseline click-through (the effect size the shop plans for). */
    static final double PLANNED_LIFT = 0.05;

    static int RUNS = Integer.getInteger("bench.experiments.runs", 200);
    static int MAX_VISITORS = Integer.getInteger("bench.experiments.max-visitors", 20_000);

    @Override
    public void run(Path data, BenchReport report) throws IOException {
        Map<String, List<List<String>>> sets = new LinkedHashMap<>();
        Path ml = data.resolve("ml-100k").resolve("u.data");
        if (Files.exists(ml)) {
            sets.put("simulated-ml-100k", movieLens(ml));
        }
        Path beauty = data.resolve("amazon-beauty").resolve("Beauty.txt");
        if (Files.exists(beauty)) {
            sets.put("simulated-amazon-beauty", beauty(beauty));
        }
        for (Map.Entry<String, List<List<String>>> e : sets.entrySet()) {
            simulate(e.getKey(), e.getValue(), report);
        }
    }

    /** One data set: ground truth, the two rankers' lists, then the four families of experiments. */
    static void simulate(String dataset, List<List<String>> sequences, BenchReport report) {
        World w = World.of(sequences);
        double ctrA = w.trueCtr(w.listsA);
        double ctrB = w.trueCtr(w.listsB);
        report.add(dataset, "popularity", "true-ctr", ctrA);
        report.add(dataset, "item-cosine", "true-ctr", ctrB);
        System.err.printf("%s: %d users, true click-through popularity %.4f, item cosine %.4f%n", dataset, w.users(), ctrA, ctrB);
        Msprt msprt = new Msprt(ALPHA, Math.pow(PLANNED_LIFT * ctrA, 2));
        SplittableRandom seeds = new SplittableRandom(2026);
        for (String mode : List.of("ab", "interleaving")) {
            int aaWinners = 0;
            for (int r = 0; r < RUNS; r++) {
                Outcome o = run(w, w.listsB, w.listsB, mode, msprt, seeds.split(), "exp-" + r);
                aaWinners += o.winner != 0 ? 1 : 0;
            }
            report.add(dataset, mode, "aa-false-positive-rate", (double) aaWinners / RUNS);
            System.err.printf("%s %s: A/A false winners %d of %d%n", dataset, mode, aaWinners, RUNS);
            List<Integer> visitors = new ArrayList<>();
            int right = 0;
            int decided = 0;
            for (int r = 0; r < RUNS; r++) {
                Outcome o = run(w, w.listsA, w.listsB, mode, msprt, seeds.split(), "exp-" + (RUNS + r));
                if (o.winner != 0) {
                    decided++;
                    right += o.winner > 0 ? 1 : 0;
                    visitors.add(o.visitors);
                }
            }
            report.add(dataset, mode, "decided-rate", (double) decided / RUNS);
            report.add(dataset, mode, "correct-winner-rate", decided == 0 ? 0 : (double) right / decided);
            report.add(dataset, mode, "visitors-to-decision", median(visitors));
            System.err.printf("%s %s: %d of %d decided, %d right, median %.0f visitors%n", dataset, mode, decided, RUNS, right, median(visitors));
        }
    }

    record Outcome(int winner, int visitors) {
    }

    /** One experiment: visitors arrive one by one until the test decides or the cap is reached. */
    static Outcome run(World w, List<List<String>> a, List<List<String>> b, String mode, Msprt msprt,
                       SplittableRandom random, String experiment) {
        Scoreboard board = new Scoreboard();
        Instant now = Instant.EPOCH;
        for (int v = 1; v <= MAX_VISITORS; v++) {
            String unit = "v" + v + "-" + random.nextInt();
            int user = random.nextInt(w.users());
            List<String> shown;
            String variant;
            if (mode.equals("ab")) {
                variant = Assignment.variant(experiment, unit, List.of("A", "B"), List.of(50, 50));
                shown = variant.equals("A") ? a.get(user) : b.get(user);
            } else {
                variant = "I";
                TeamDraft.Interleaved<String> merged = TeamDraft.merge(a.get(user), b.get(user), LIST, random::nextBoolean);
                board.shown(unit, merged);
                shown = merged.items();
            }
            board.exposed(unit, variant, now);
            // the click comes back as an event whose source names the experiment, as the shop's pages send it
            Attribution.Tag tag = Attribution.parse(Attribution.source("recommendation:for-you", experiment, variant)).orElseThrow();
            for (int k = 0; k < shown.size(); k++) {
                if (random.nextDouble() < w.clickProbability(user, shown.get(k), k) && tag.experiment().equals(experiment)) {
                    board.clicked(unit, shown.get(k));
                }
            }
            if (v % LOOK == 0) {
                int sign = decide(board, mode, msprt);
                if (sign != 0) {
                    return new Outcome(sign, v);
                }
            }
        }
        return new Outcome(0, MAX_VISITORS);
    }

    /** +1 B wins, -1 A wins, 0 not yet. */
    static int decide(Scoreboard board, String mode, Msprt msprt) {
        if (mode.equals("ab")) {
            Map<String, Sample> s = board.samples(Metric.CLICK_THROUGH);
            Sample a = s.getOrDefault("A", Sample.empty());
            Sample b = s.getOrDefault("B", Sample.empty());
            return msprt.read(a, b).sign();
        }
        Scoreboard.Preferences p = board.preferences();
        if (PreferenceTest.alwaysValid(p.winsB(), p.winsA(), MIXTURE_K) <= ALPHA) {
            return Long.signum(p.winsB() - p.winsA());
        }
        return 0;
    }

    static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        int[] v = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    /** The simulated shop: who wants what, and what each ranker shows them. */
    record World(List<Set<String>> wanted, List<List<String>> listsA, List<List<String>> listsB) {

        int users() {
            return wanted.size();
        }

        static double examination(int k) {
            return 1 / (Math.log(k + 2) / Math.log(2));
        }

        double clickProbability(int user, String item, int k) {
            return examination(k) * (wanted.get(user).contains(item) ? P_RELEVANT : P_NOISE);
        }

        /** The exact expected share of visitors who click at least once, over users drawn uniformly. */
        double trueCtr(List<List<String>> lists) {
            double sum = 0;
            for (int u = 0; u < users(); u++) {
                double none = 1;
                List<String> l = lists.get(u);
                for (int k = 0; k < l.size(); k++) {
                    none *= 1 - clickProbability(u, l.get(k), k);
                }
                sum += 1 - none;
            }
            return sum / users();
        }

        /** Splits each sequence 80 / 20 in time, trains popularity and item cosine on the 80 %, ranks ten for each user. */
        static World of(List<List<String>> sequences) {
            List<List<String>> train = new ArrayList<>();
            List<Set<String>> wanted = new ArrayList<>();
            for (List<String> s : sequences) {
                int cut = Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.8));
                train.add(s.subList(0, cut));
                Set<String> truth = new HashSet<>(s.subList(cut, s.size()));
                truth.removeAll(s.subList(0, cut));
                wanted.add(truth);
            }
            Map<String, Integer> index = new HashMap<>();
            List<String> names = new ArrayList<>();
            List<int[]> users = new ArrayList<>();
            for (List<String> t : train) {
                users.add(t.stream().distinct().mapToInt(i -> index.computeIfAbsent(i, k -> {
                    names.add(k);
                    return names.size() - 1;
                })).toArray());
            }
            int n = names.size();
            int[] degree = new int[n];
            List<List<Integer>> usersOf = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                usersOf.add(new ArrayList<>());
            }
            for (int u = 0; u < users.size(); u++) {
                for (int i : users.get(u)) {
                    degree[i]++;
                    usersOf.get(i).add(u);
                }
            }
            Integer[] byPopularity = new Integer[n];
            for (int i = 0; i < n; i++) {
                byPopularity[i] = i;
            }
            Arrays.sort(byPopularity, (x, y) -> degree[y] != degree[x] ? degree[y] - degree[x] : names.get(x).compareTo(names.get(y)));
            List<List<String>> listsA = new ArrayList<>();
            List<List<String>> listsB = new ArrayList<>();
            double[] score = new double[n];
            for (int[] mine : users) {
                Set<Integer> seen = new HashSet<>();
                for (int i : mine) {
                    seen.add(i);
                }
                List<String> pop = new ArrayList<>(LIST);
                for (int k = 0; k < n && pop.size() < LIST; k++) {
                    if (!seen.contains(byPopularity[k])) {
                        pop.add(names.get(byPopularity[k]));
                    }
                }
                listsA.add(pop);
                List<Integer> touched = new ArrayList<>();
                for (int i : mine) {
                    for (int v : usersOf.get(i)) {
                        for (int j : users.get(v)) {
                            if (score[j] == 0) {
                                touched.add(j);
                            }
                            score[j] += 1 / Math.sqrt((double) degree[i] * degree[j]);
                        }
                    }
                }
                touched.removeIf(seen::contains);
                touched.sort((x, y) -> Double.compare(score[y], score[x]) != 0 ? Double.compare(score[y], score[x])
                        : names.get(x).compareTo(names.get(y)));
                List<String> knn = new ArrayList<>(LIST);
                for (int k = 0; k < touched.size() && knn.size() < LIST; k++) {
                    knn.add(names.get(touched.get(k)));
                }
                for (int k = 0; k < n && knn.size() < LIST; k++) {
                    String p = names.get(byPopularity[k]);
                    if (!seen.contains(byPopularity[k]) && !knn.contains(p)) {
                        knn.add(p);
                    }
                }
                for (int i : mine) {
                    for (int v : usersOf.get(i)) {
                        for (int j : users.get(v)) {
                            score[j] = 0;
                        }
                    }
                }
                listsB.add(knn);
            }
            return new World(wanted, listsA, listsB);
        }
    }

    /** ML-100K {@code u.data}: each user's movies in time order (users with at least five). */
    static List<List<String>> movieLens(Path file) throws IOException {
        Map<String, List<long[]>> byUser = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split("\t");
            byUser.computeIfAbsent(f[0], u -> new ArrayList<>()).add(new long[] {Long.parseLong(f[3]), Long.parseLong(f[1])});
        }
        List<List<String>> out = new ArrayList<>();
        for (List<long[]> events : byUser.values()) {
            events.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
            if (events.size() >= 5) {
                out.add(events.stream().map(e -> Long.toString(e[1])).toList());
            }
        }
        return out;
    }

    /** Amazon Beauty: {@code user item item ...} per line in time order (users with at least five). */
    static List<List<String>> beauty(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split(" ");
            if (f.length >= 6) {
                out.add(List.of(f).subList(1, f.length));
            }
        }
        return out;
    }
}
