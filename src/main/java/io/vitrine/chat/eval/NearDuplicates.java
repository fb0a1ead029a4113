package io.vitrine.chat.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.TextNormalizer;

/**
 * Tells whether two utterances are one sentence written twice, so that a held-out split really holds out: if
 * "cancel my order please" is in training, "please cancel my order" tests nothing new. Two utterances are near
 * duplicates when, on their normalised words ({@link TextNormalizer#tokens}),
 * <ul>
 *   <li>the word sets overlap with a Jaccard index of at least {@value #MIN_JACCARD} (word order or one extra word in
 *       a long sentence), or</li>
 *   <li>one word set is the other plus or minus a single word ("cancel order" / "cancel order please"), or</li>
 *   <li>the normalised strings are within an edit distance of {@value #MAX_EDIT_SHARE} x the longer length (typo
 *       variants: "reset pasword" / "reset password").</li>
 * </ul>
 */
public final class NearDuplicates {

    static final double MIN_JACCARD = 0.8;
    static final double MAX_EDIT_SHARE = 0.15;

    private NearDuplicates() {
    }

    public static boolean near(String a, String b) {
        String[] ta = TextNormalizer.tokens(a);
        String[] tb = TextNormalizer.tokens(b);
        Set<String> sa = new HashSet<>(Arrays.asList(ta));
        Set<String> sb = new HashSet<>(Arrays.asList(tb));
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        if (union.isEmpty()) {
            return true;
        }
        if (common.size() >= MIN_JACCARD * union.size()) {
            return true;
        }
        if (!common.isEmpty() && union.size() - common.size() == 1 && (common.equals(sa) || common.equals(sb))) {
            return true;
        }
        String ja = String.join(" ", ta);
        String jb = String.join(" ", tb);
        int longer = Math.max(ja.length(), jb.length());
        int bound = (int) Math.floor(MAX_EDIT_SHARE * longer);
        return Math.abs(ja.length() - jb.length()) <= bound && editDistance(ja, jb, bound) <= bound;
    }

    /** The first utterance of {@code pool} that is a near duplicate of {@code text}. */
    public static Optional<IntentExample> firstNear(String text, List<IntentExample> pool) {
        for (IntentExample e : pool) {
            if (near(text, e.text())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Held-out utterances with a near duplicate of the same intent in training, as "'test' ~ 'train'"; empty for a
     * clean split. Near duplicates under different intents are hard cases, not leaks, so they are not listed.
     */
    public static List<String> crossing(HeldOutSplit split) {
        List<String> out = new ArrayList<>();
        for (IntentExample t : split.test()) {
            List<IntentExample> sameIntent = split.train().stream().filter(e -> e.intent().equals(t.intent())).toList();
            firstNear(t.text(), sameIntent).ifPresent(e -> out.add(t.intent() + ": '" + t.text() + "' ~ '" + e.text() + "'"));
        }
        return out;
    }

    /** Levenshtein distance, or {@code bound + 1} as soon as it must exceed {@code bound}. */
    static int editDistance(String a, String b, int bound) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
