package io.vitrine.experiment.analysis;

import java.util.Locale;

/**
 * The analysis of an experiment at one look, and the same in plain words for the admin page: "B is better by 4.2 %
 * click-through, 95 % sure" once the always-valid test has decided, else who leads and how many more visitors the
 * plan needs.
 *
 * @param winner       "A" or "B" once decided, else empty
 * @param leader       the variant ahead now ("A", "B", or "" when level)
 * @param relativeLift B against A, relative (0.042 = B 4.2 % higher); for interleaving the share of preferences for B minus 1/2
 * @param pValue       the always-valid p-value
 * @param moreVisitors visitors still missing to the planned sample (0 when reached or unknown)
 */
public record Verdict(String winner, String leader, double relativeLift, double pValue, long moreVisitors, String words) {

    public boolean decided() {
        return !winner.isEmpty();
    }

    /** An A/B split on a per-visitor metric ({@code metric} is its name in words, e.g. "click-through"). */
    public static Verdict ab(Sample a, Sample b, Msprt test, String metric, long plannedPerVariant) {
        Msprt.Reading r = test.read(a, b);
        double lift = a.mean() == 0 ? 0 : r.difference() / a.mean();
        String leader = r.difference() > 0 ? "B" : r.difference() < 0 ? "A" : "";
        long more = Math.max(0, 2 * plannedPerVariant - a.n() - b.n());
        String sure = percent(1 - test.alpha());
        if (r.decided()) {
            String winner = r.sign() > 0 ? "B" : "A";
            String loser = r.sign() > 0 ? "A" : "B";
            double by = winner.equals("B") ? lift : (b.mean() == 0 ? 0 : -r.difference() / b.mean());
            return new Verdict(winner, leader, lift, r.pValue(), 0, String.format(Locale.ROOT,
                    "%s is better than %s by %s %s, %s sure.", winner, loser, percent(by), metric, sure));
        }
        String now = leader.isEmpty() ? "A and B are level on " + metric
                : String.format(Locale.ROOT, "%s is ahead by %s %s, not yet %s sure", leader,
                percent(Math.abs(leader.equals("B") ? lift : (b.mean() == 0 ? 0 : -r.difference() / b.mean()))), metric, sure);
        return new Verdict("", leader, lift, r.pValue(), more, "No winner yet: " + now
                + (more > 0 ? String.format(Locale.ROOT, "; %,d more visitors to reach the planned power.", more) : "."));
    }

    /** An interleaving experiment: shoppers who clicked more of B's items than A's ({@code winsB}) and the reverse. */
    public static Verdict interleaving(long winsB, long winsA, double alpha, double k, long plannedPreferences) {
        double p = PreferenceTest.alwaysValid(winsB, winsA, k);
        long n = winsA + winsB;
        double shareB = n == 0 ? 0.5 : (double) winsB / n;
        String leader = winsB > winsA ? "B" : winsA > winsB ? "A" : "";
        String sure = percent(1 - alpha);
        double lead = Math.max(shareB, 1 - shareB);
        if (p <= alpha && !leader.isEmpty()) {
            return new Verdict(leader, leader, shareB - 0.5, p, 0, String.format(Locale.ROOT,
                    "%s is better: %s of the shoppers who preferred one list preferred %s's items, %s sure.",
                    leader, percent(lead), leader, sure));
        }
        long more = Math.max(0, plannedPreferences - n);
        return new Verdict("", leader, shareB - 0.5, p, more, String.format(Locale.ROOT,
                "No winner yet: %s of %,d preferences, not yet %s sure%s", leader.isEmpty() ? "level" : leader + " has " + percent(lead),
                n, sure, more > 0 ? String.format(Locale.ROOT, "; about %,d more preferences planned.", more) : "."));
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }
}
