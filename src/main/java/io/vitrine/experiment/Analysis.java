package io.vitrine.experiment;

import io.vitrine.experiment.analysis.Msprt;
import io.vitrine.experiment.analysis.Sample;
import io.vitrine.experiment.analysis.SampleSize;
import io.vitrine.experiment.analysis.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An experiment's figures at one look: per variant the visitors, the primary metric with its 95 % interval and the
 * guardrail figures; the planned visitors per variant; the always-valid verdict; the cumulative series for the chart.
 */
public record Analysis(String experiment, Metric metric, List<Arm> arms, long plannedPerVariant, Verdict verdict,
                       Scoreboard.Preferences preferences, List<Scoreboard.Point> series) {

    /** One variant's figures. */
    public record Arm(String variant, long visitors, double value, double low, double high, long lists,
                      double zeroRate, double meanMillis) {
    }

    public Analysis {
        arms = List.copyOf(arms);
        series = List.copyOf(series);
    }

    /** The figures of {@code e} from its scoreboard. */
    public static Analysis of(Experiment e, Scoreboard board) {
        Metric metric = e.metric();
        Experiment.Plan plan = e.plan();
        Map<String, Sample> samples = board.samples(metric);
        Map<String, Scoreboard.Serving> serving = board.serving();
        List<Arm> arms = new ArrayList<>();
        List<String> names = e.mode() == Experiment.Mode.INTERLEAVING ? List.of("I") : List.of("A", "B");
        for (String v : names) {
            Sample s = samples.getOrDefault(v, Sample.empty());
            Sample.Interval i = metric.isRate() ? s.wilson(0.95) : s.normal(0.95);
            Scoreboard.Serving sv = serving.getOrDefault(v, new Scoreboard.Serving(0, 0, 0));
            arms.add(new Arm(v, s.n(), i.estimate(), i.low(), i.high(), sv.lists(), sv.zeroRate(), sv.meanMillis()));
        }
        long planned = planned(e);
        Verdict verdict;
        Scoreboard.Preferences prefs = board.preferences();
        if (e.mode() == Experiment.Mode.INTERLEAVING) {
            verdict = Verdict.interleaving(prefs.winsB(), prefs.winsA(), plan.alpha(), 50, planned);
        } else {
            double tau = plan.minimumLift() * plan.baseline();
            verdict = Verdict.ab(samples.getOrDefault("A", Sample.empty()), samples.getOrDefault("B", Sample.empty()),
                    new Msprt(plan.alpha(), tau * tau), metric.words(), planned);
        }
        return new Analysis(e.id(), metric, arms, planned, verdict, prefs, board.series(metric));
    }

    /**
     * Visitors per variant the plan needs (A/B on a rate); for revenue the rate formula on the baseline is only a
     * rough guide, and for interleaving the preferences needed to see a 55 / 45 split.
     */
    static long planned(Experiment e) {
        Experiment.Plan p = e.plan();
        if (e.mode() == Experiment.Mode.INTERLEAVING) {
            return SampleSize.perVariant(0.45, 0.1 / 0.45, p.alpha(), p.power());
        }
        double baseline = Math.min(0.99, p.baseline());
        double lift = Math.min(p.minimumLift(), 0.99 / baseline - 1);
        return lift <= 0 ? 0 : SampleSize.perVariant(baseline, lift, p.alpha(), p.power());
    }
}
