package io.vitrine.experiment.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Team-draft interleaving (Radlinski, Kurup, Joachims 2008): two rankings are merged like two captains picking
 * players, the one with fewer picks going next and a coin deciding when they have as many; each shown item belongs
 * to the team that picked it, and a shopper's clicks credit the teams. A shopper who clicks more of B's items than
 * of A's prefers B.
 */
public final class TeamDraft {

    public enum Team { A, B }

    /** The merged list and the team of each position. */
    public record Interleaved<T>(List<T> items, List<Team> teams) {

        public Interleaved {
            items = List.copyOf(items);
            teams = List.copyOf(teams);
        }

        public java.util.Optional<Team> teamOf(T item) {
            int i = items.indexOf(item);
            return i < 0 ? java.util.Optional.empty() : java.util.Optional.of(teams.get(i));
        }
    }

    private TeamDraft() {
    }

    /** Merges up to {@code n} items; {@code coin} answers true when A picks first in a round of equal counts. */
    public static <T> Interleaved<T> merge(List<T> a, List<T> b, int n, BooleanSupplier coin) {
        List<T> items = new ArrayList<>(n);
        List<Team> teams = new ArrayList<>(n);
        Set<T> taken = new HashSet<>();
        int picksA = 0;
        int picksB = 0;
        int nextA = 0;
        int nextB = 0;
        while (items.size() < n) {
            while (nextA < a.size() && taken.contains(a.get(nextA))) {
                nextA++;
            }
            while (nextB < b.size() && taken.contains(b.get(nextB))) {
                nextB++;
            }
            boolean aLeft = nextA < a.size();
            boolean bLeft = nextB < b.size();
            if (!aLeft && !bLeft) {
                break;
            }
            boolean aPicks = !bLeft || (aLeft && (picksA < picksB || (picksA == picksB && coin.getAsBoolean())));
            T item = aPicks ? a.get(nextA) : b.get(nextB);
            taken.add(item);
            items.add(item);
            teams.add(aPicks ? Team.A : Team.B);
            if (aPicks) {
                picksA++;
            } else {
                picksB++;
            }
        }
        return new Interleaved<>(items, teams);
    }

    /** +1 when the clicks favour B, -1 when they favour A, 0 for a tie (no click, or as many on each side). */
    public static int preference(int clicksA, int clicksB) {
        return Integer.signum(clicksB - clicksA);
    }
}
