package io.vitrine.experiment.analysis;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * @param phrase       the sentence for the admin page, in any language (see {@link Phrase})
 */
public record Verdict(String winner, String leader, double relativeLift, double pValue, long moreVisitors, Phrase phrase) {

    /**
     * The verdict's sentence as a key and its arguments, so that a page can say it in its own language: argument 0 is
     * always the metric's English name (or "" for interleaving), then variant names ({@link String}), fractions shown
     * as percentages ({@link Double}) and counts ({@link Long}); {@link #english()} gives the English sentence.
     */
    public record Phrase(String key, List<Object> args) {

        public Phrase {
            args = List.copyOf(args);
        }

        static Phrase of(String key, Object... args) {
            return new Phrase(key, List.of(args));
        }

        /** The sentence in English: the pattern of {@link #ENGLISH} with fractions as "4.2 %" and counts as "2,300". */
        public String english() {
            Object[] shown = args.stream().map(a -> a instanceof Double d ? percent(d)
                    : a instanceof Long l ? String.format(Locale.ROOT, "%,d", l) : a).toArray();
            return new MessageFormat(ENGLISH.get(key), Locale.ROOT).format(shown);
        }
    }

    /** The English sentence of each verdict kind; the admin page's bundle holds the same keys in every language. */
    public static final Map<String, String> ENGLISH = Map.of(
            "ab.decided", "{1} is better than {2} by {3} {0}, {4} sure.",
            "ab.level", "No winner yet: A and B are level on {0}.",
            "ab.level.more", "No winner yet: A and B are level on {0}; {1} more visitors to reach the planned power.",
            "ab.ahead", "No winner yet: {1} is ahead by {2} {0}, not yet {3} sure.",
            "ab.ahead.more", "No winner yet: {1} is ahead by {2} {0}, not yet {3} sure; {4} more visitors to reach the planned power.",
            "interleaving.decided", "{1} is better: {2} of the shoppers who preferred one list preferred {1}''s items, {3} sure.",
            "interleaving.level", "No winner yet: level of {1} preferences, not yet {2} sure.",
            "interleaving.level.more", "No winner yet: level of {1} preferences, not yet {2} sure; about {3} more preferences planned.",
            "interleaving.lead", "No winner yet: {1} has {2} of {3} preferences, not yet {4} sure.",
            "interleaving.lead.more", "No winner yet: {1} has {2} of {3} preferences, not yet {4} sure; about {5} more preferences planned.");

    public boolean decided() {
        return !winner.isEmpty();
    }

    /** The verdict in plain English words. */
    public String words() {
        return phrase.english();
    }

    /** An A/B split on a per-visitor metric ({@code metric} is its name in words, e.g. "click-through"). */
    public static Verdict ab(Sample a, Sample b, Msprt test, String metric, long plannedPerVariant) {
        Msprt.Reading r = test.read(a, b);
        double lift = a.mean() == 0 ? 0 : r.difference() / a.mean();
        String leader = r.difference() > 0 ? "B" : r.difference() < 0 ? "A" : "";
        long more = Math.max(0, 2 * plannedPerVariant - a.n() - b.n());
        double sure = 1 - test.alpha();
        if (r.decided()) {
            String winner = r.sign() > 0 ? "B" : "A";
            String loser = r.sign() > 0 ? "A" : "B";
            double by = winner.equals("B") ? lift : (b.mean() == 0 ? 0 : -r.difference() / b.mean());
            return new Verdict(winner, leader, lift, r.pValue(), 0, Phrase.of("ab.decided", metric, winner, loser, by, sure));
        }
        Phrase phrase;
        if (leader.isEmpty()) {
            phrase = more > 0 ? Phrase.of("ab.level.more", metric, more) : Phrase.of("ab.level", metric);
        } else {
            double by = Math.abs(leader.equals("B") ? lift : (b.mean() == 0 ? 0 : -r.difference() / b.mean()));
            phrase = more > 0 ? Phrase.of("ab.ahead.more", metric, leader, by, sure, more) : Phrase.of("ab.ahead", metric, leader, by, sure);
        }
        return new Verdict("", leader, lift, r.pValue(), more, phrase);
    }

    /** An interleaving experiment: shoppers who clicked more of B's items than A's ({@code winsB}) and the reverse. */
    public static Verdict interleaving(long winsB, long winsA, double alpha, double k, long plannedPreferences) {
        double p = PreferenceTest.alwaysValid(winsB, winsA, k);
        long n = winsA + winsB;
        double shareB = n == 0 ? 0.5 : (double) winsB / n;
        String leader = winsB > winsA ? "B" : winsA > winsB ? "A" : "";
        double sure = 1 - alpha;
        double lead = Math.max(shareB, 1 - shareB);
        if (p <= alpha && !leader.isEmpty()) {
            return new Verdict(leader, leader, shareB - 0.5, p, 0, Phrase.of("interleaving.decided", "", leader, lead, sure));
        }
        long more = Math.max(0, plannedPreferences - n);
        Phrase phrase;
        if (leader.isEmpty()) {
            phrase = more > 0 ? Phrase.of("interleaving.level.more", "", n, sure, more) : Phrase.of("interleaving.level", "", n, sure);
        } else {
            phrase = more > 0 ? Phrase.of("interleaving.lead.more", "", leader, lead, n, sure, more)
                    : Phrase.of("interleaving.lead", "", leader, lead, n, sure);
        }
        return new Verdict("", leader, shareB - 0.5, p, more, phrase);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }
}
