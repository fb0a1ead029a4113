package io.vitrine.experiment.analysis;

/**
 * Visitors per variant a fixed-horizon two-sided test needs to see a change of a rate from {@code baseline} to
 * {@code baseline * (1 + lift)} with the given power: n = (z(1 - alpha/2) + z(power))^2 (p1 q1 + p2 q2) / (p2 - p1)^2.
 * The always-valid test stops earlier on large effects and somewhat later on effects at the planned size; this is
 * the plan the admin page counts down against.
 */
public final class SampleSize {

    private SampleSize() {
    }

    public static long perVariant(double baseline, double lift, double alpha, double power) {
        if (!(baseline > 0 && baseline < 1) || lift == 0 || !(alpha > 0 && alpha < 1) || !(power > 0 && power < 1)) {
            throw new IllegalArgumentException("baseline in (0, 1), lift != 0, alpha and power in (0, 1) required");
        }
        double p2 = baseline * (1 + lift);
        if (!(p2 > 0 && p2 < 1)) {
            throw new IllegalArgumentException("baseline * (1 + lift) must stay in (0, 1)");
        }
        double z = Normal.twoSided(alpha) + Normal.quantile(power);
        double delta = p2 - baseline;
        return (long) Math.ceil(z * z * (baseline * (1 - baseline) + p2 * (1 - p2)) / (delta * delta));
    }
}
