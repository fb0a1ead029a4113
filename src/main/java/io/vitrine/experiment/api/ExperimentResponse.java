package io.vitrine.experiment.api;

import io.vitrine.experiment.Analysis;
import io.vitrine.experiment.Experiment;
import io.vitrine.experiment.Variant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An experiment as JSON, with its analysis when asked for one. */
public record ExperimentResponse(String id, String name, String mode, String status, List<VariantResponse> variants,
                                 Set<String> placements, String metric, double baseline, double minimumLift, double alpha,
                                 double power, double maxLatencyMs, double maxZeroRate, Instant createdAt, Instant startedAt,
                                 Instant stoppedAt, String stopReason, String winner, Long promotedVersion,
                                 AnalysisResponse analysis) {

    /** {@code modelVersion} 0 for the live model and blends; {@code blend} the recipe of a BLEND variant, else empty. */
    public record VariantResponse(String name, String kind, long modelVersion, int share, Map<String, Double> blend) {
    }

    /** The figures at this look; {@code verdict} in plain words. */
    public record AnalysisResponse(long plannedPerVariant, String verdict, String winner, String leader, double relativeLift,
                                   double pValue, long moreVisitors, List<Analysis.Arm> arms, long preferB, long preferA,
                                   long ties) {
    }

    static ExperimentResponse of(Experiment e, Analysis a) {
        List<VariantResponse> variants = e.variants().stream()
                .map((Variant v) -> new VariantResponse(v.name(), v.kind().name(), v.modelVersion(), v.share(), v.recipe())).toList();
        AnalysisResponse analysis = a == null ? null : new AnalysisResponse(a.plannedPerVariant(), a.verdict().words(),
                a.verdict().winner(), a.verdict().leader(), a.verdict().relativeLift(), a.verdict().pValue(),
                a.verdict().moreVisitors(), a.arms(), a.preferences().winsB(), a.preferences().winsA(), a.preferences().ties());
        return new ExperimentResponse(e.id(), e.name(), e.mode().name(), e.status().name(), variants, e.placements(),
                e.metric().name(), e.plan().baseline(), e.plan().minimumLift(), e.plan().alpha(), e.plan().power(),
                e.guardrails().maxLatencyMs(), e.guardrails().maxZeroRate(), e.createdAt(), e.startedAt().orElse(null),
                e.stoppedAt().orElse(null), e.stopReason(), e.winner().orElse(null), e.promotedVersion().orElse(null), analysis);
    }
}
