package io.vitrine.experiment;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An experiment between recommendation variants, stored in MongoDB ({@code experiments}): its variants and how the
 * shoppers are split (stable hash, or interleaving: both rankings in one list), where it applies, its primary metric
 * and plan (baseline, smallest lift worth finding, alpha, power), its guardrails, and its life: DRAFT, RUNNING,
 * PAUSED (serves the live model, keeps its figures), STOPPED (for good, with the reason and the winner if any).
 * It guards its own rules: only a draft or paused experiment starts, a stopped one never changes again.
 */
@Entity("experiments")
public class Experiment {

    public enum Status { DRAFT, RUNNING, PAUSED, STOPPED }

    public enum Mode { AB, INTERLEAVING }

    /** Where an experiment's lists are served. */
    public static final Set<String> PLACEMENTS = Set.of("home", "similar", "bought-together", "rest");

    @Id
    private String id;
    @Column
    private String name;
    @Column
    private String mode;
    @Column
    private List<Variant> variants;
    @Column
    private List<String> placements;
    @Column
    private String metric;
    @Column
    private double baseline;
    @Column
    private double minimumLift;
    @Column
    private double alpha;
    @Column
    private double power;
    @Column
    private double maxLatencyMs;
    @Column
    private double maxZeroRate;
    @Column
    private String status;
    @Column
    private long createdAt;
    @Column
    private long startedAt;
    @Column
    private long stoppedAt;
    @Column
    private String stopReason;
    @Column
    private String winner;
    @Column
    private long promotedVersion;

    protected Experiment() {
    }

    public Experiment(String id, String name, Mode mode, List<Variant> variants, Set<String> placements, Metric metric,
                      Plan plan, Guardrails guardrails, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidInputException("an experiment needs a name of 1 to 120 characters");
        }
        if (mode == null || metric == null || plan == null || guardrails == null) {
            throw new InvalidInputException("mode, metric, plan and guardrails are required");
        }
        if (variants == null || variants.size() != 2) {
            throw new InvalidInputException("an experiment compares two variants, A and B");
        }
        if (!variants.get(0).name().equals("A") || !variants.get(1).name().equals("B")) {
            throw new InvalidInputException("the variants are named A (control) and B (candidate), in that order");
        }
        if (variants.stream().mapToInt(Variant::share).sum() != 100) {
            throw new InvalidInputException("the variants' shares must add up to 100");
        }
        if (mode == Mode.INTERLEAVING && metric != Metric.CLICK_THROUGH) {
            throw new InvalidInputException("interleaving credits clicks: its metric is CLICK_THROUGH");
        }
        if (placements == null || placements.isEmpty() || !PLACEMENTS.containsAll(placements)) {
            throw new InvalidInputException("placements are one or more of " + new java.util.TreeSet<>(PLACEMENTS));
        }
        this.id = id;
        this.name = name.strip();
        this.mode = mode.name();
        this.variants = new ArrayList<>(variants);
        this.placements = new ArrayList<>(new java.util.TreeSet<>(placements));
        this.metric = metric.name();
        this.baseline = plan.baseline();
        this.minimumLift = plan.minimumLift();
        this.alpha = plan.alpha();
        this.power = plan.power();
        this.maxLatencyMs = guardrails.maxLatencyMs();
        this.maxZeroRate = guardrails.maxZeroRate();
        this.status = Status.DRAFT.name();
        this.createdAt = now.toEpochMilli();
        this.stopReason = "";
        this.winner = "";
    }

    /** What the experiment plans for: the primary metric's current level, the smallest relative lift worth finding, alpha and power. */
    public record Plan(double baseline, double minimumLift, double alpha, double power) {

        public Plan {
            if (!(baseline > 0) || !(minimumLift > 0 && minimumLift <= 10) || !(alpha > 0 && alpha <= 0.2) || !(power >= 0.5 && power < 1)) {
                throw new InvalidInputException("plan: baseline > 0, minimumLift in (0, 10], alpha in (0, 0.2], power in [0.5, 1)");
            }
        }
    }

    /** Automatic stop: a variant's mean list serving time above {@code maxLatencyMs}, or its share of empty lists above {@code maxZeroRate}. */
    public record Guardrails(double maxLatencyMs, double maxZeroRate) {

        public Guardrails {
            if (!(maxLatencyMs > 0) || !(maxZeroRate > 0 && maxZeroRate <= 1)) {
                throw new InvalidInputException("guardrails: maxLatencyMs > 0 and maxZeroRate in (0, 1]");
            }
        }
    }

    // ---- life

    public void start(Instant now) {
        requireNot(Status.RUNNING, "is running already");
        requireNot(Status.STOPPED, "is stopped; create a new one");
        if (startedAt == 0) {
            startedAt = now.toEpochMilli();
        }
        status = Status.RUNNING.name();
    }

    public void pause() {
        if (status() != Status.RUNNING) {
            throw new ConflictException("experiment " + id + " is not running");
        }
        status = Status.PAUSED.name();
    }

    /** Stops for good; {@code winner} is "A", "B" or empty. */
    public void stop(Instant now, String reason, String winnerName) {
        requireNot(Status.STOPPED, "is stopped already");
        status = Status.STOPPED.name();
        stoppedAt = now.toEpochMilli();
        stopReason = reason == null ? "" : reason;
        winner = winnerName == null ? "" : winnerName;
    }

    /** Records that the winner's model version went live. */
    public void promoted(long version) {
        if (status() != Status.STOPPED || winner.isEmpty()) {
            throw new ConflictException("experiment " + id + " has no declared winner to promote; stop it first");
        }
        if (promotedVersion != 0) {
            throw new ConflictException("experiment " + id + " was promoted already (version " + promotedVersion + ")");
        }
        promotedVersion = version;
    }

    private void requireNot(Status s, String what) {
        if (status() == s) {
            throw new ConflictException("experiment " + id + " " + what);
        }
    }

    /** The variant this unit sees: its stable hash bucket cut by the shares, or {@code I} (both, interleaved). */
    public String variantFor(String unit) {
        if (mode() == Mode.INTERLEAVING) {
            return "I";
        }
        return Assignment.variant(id, unit, variants.stream().map(Variant::name).toList(),
                variants.stream().map(Variant::share).toList());
    }

    public boolean serves(String placement) {
        return status() == Status.RUNNING && placements.contains(placement);
    }

    // ---- reading

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Mode mode() {
        return Mode.valueOf(mode);
    }

    public List<Variant> variants() {
        return List.copyOf(variants);
    }

    public Variant variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("experiment " + id + " has no variant " + name));
    }

    public Set<String> placements() {
        return Set.copyOf(new HashSet<>(placements));
    }

    public Metric metric() {
        return Metric.valueOf(metric);
    }

    public Plan plan() {
        return new Plan(baseline, minimumLift, alpha, power);
    }

    public Guardrails guardrails() {
        return new Guardrails(maxLatencyMs, maxZeroRate);
    }

    public Status status() {
        return Status.valueOf(status);
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public Optional<Instant> startedAt() {
        return startedAt == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(startedAt));
    }

    public Optional<Instant> stoppedAt() {
        return stoppedAt == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(stoppedAt));
    }

    public String stopReason() {
        return stopReason == null ? "" : stopReason;
    }

    public Optional<String> winner() {
        return winner == null || winner.isEmpty() ? Optional.empty() : Optional.of(winner);
    }

    public Optional<Long> promotedVersion() {
        return promotedVersion == 0 ? Optional.empty() : Optional.of(promotedVersion);
    }
}
