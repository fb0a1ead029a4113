package io.vitrine.experiment;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.models.RetrainJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Experiments' application service: creates them, moves them through their life (start, pause, stop, promote the
 * winner through the model lifecycle), keeps one {@link Scoreboard} per experiment and the running ones in memory
 * for serving, and stops a running experiment whose variant breaks a guardrail.
 */
@ApplicationScoped
public class ExperimentService {

    private static final Logger LOG = Logger.getLogger(ExperimentService.class.getName());

    @Inject
    ExperimentRepository repository;
    @Inject
    VariantModels variantModels;
    @Inject
    ExperimentSettings settings;
    @Inject
    ScoreboardStore store;

    private Clock clock = Clock.systemUTC();
    private final Map<String, Scoreboard> boards = new ConcurrentHashMap<>();
    /** The change count of each board when it was last saved. */
    private final Map<String, Long> saved = new ConcurrentHashMap<>();
    /** The running experiments, read from the database once and replaced after every change. */
    private final AtomicReference<List<Experiment>> running = new AtomicReference<>();

    public synchronized Experiment create(String name, Experiment.Mode mode, List<Variant> variants, Set<String> placements,
                                          Metric metric, Experiment.Plan plan, Experiment.Guardrails guardrails) {
        long next = repository.findAll().stream().map(Experiment::id).filter(id -> id.matches("exp-\\d{1,9}"))
                .mapToLong(id -> Long.parseLong(id.substring(4))).max().orElse(0) + 1;
        return repository.save(new Experiment("exp-" + next, name, mode, variants, placements, metric, plan, guardrails,
                clock.instant()));
    }

    public List<Experiment> list() {
        return repository.findAll().stream().sorted(Comparator.comparing(Experiment::createdAt).reversed()).toList();
    }

    public Experiment get(String id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("no experiment " + id));
    }

    /** Starts (or resumes) it: the variants' saved model versions are loaded first (409 when one cannot be). */
    public synchronized Experiment start(String id) {
        Experiment e = get(id);
        for (Variant v : e.variants()) {
            if (v.kind() == Variant.Kind.MODEL_VERSION) {
                variantModels.load(v.modelVersion());
            }
            variantModels.check(v);
        }
        boolean clash = running().stream().anyMatch(r -> !r.id().equals(id) && r.placements().stream().anyMatch(e.placements()::contains));
        if (clash) {
            throw new ConflictException("another running experiment covers one of " + e.placements() + "; pause or stop it first");
        }
        e.start(clock.instant());
        return changed(e);
    }

    public synchronized Experiment pause(String id) {
        Experiment e = get(id);
        e.pause();
        saveBoards();
        return changed(e);
    }

    /** Stops it for good; the winner is the one the always-valid test declared, if any. */
    public synchronized Experiment stop(String id, String reason) {
        Experiment e = get(id);
        String winner = analysis(e).verdict().winner();
        e.stop(clock.instant(), reason == null || reason.isBlank() ? "stopped by an admin" : reason.strip(), winner);
        saveBoards();
        return changed(e);
    }

    /**
     * Puts the declared winner live through the model lifecycle (as a new version, one swap): its saved version, or
     * for a blend recipe the live version reweighted. A winner that is the live model needs nothing (409).
     */
    public synchronized RetrainJob promote(String id) {
        Experiment e = get(id);
        String winner = e.winner().orElseThrow(() -> new ConflictException("experiment " + id + " has no declared winner"));
        Variant v = e.variant(winner);
        if (v.kind() == Variant.Kind.LIVE) {
            throw new ConflictException("the winner " + winner + " is the live model already: nothing to promote");
        }
        VariantModels.Promotion p = variantModels.promote(v, "promoted by experiment " + id + " (variant " + winner + ", " + v.describe() + ")");
        e.promoted(p.fromVersion());
        repository.save(e);
        return p.job();
    }

    public Analysis analysis(String id) {
        return analysis(get(id));
    }

    Analysis analysis(Experiment e) {
        return Analysis.of(e, board(e.id()));
    }

    /** An experiment's scoreboard: in memory, read from its saved file after a restart. */
    public Scoreboard board(String id) {
        return boards.computeIfAbsent(id, k -> store.load(k).orElseGet(Scoreboard::new));
    }

    /**
     * Writes every scoreboard that changed since it was last saved (the timer calls it every 30 s; pause, stop and
     * shut-down call it too), so a restart or a crash loses at most the last half minute of figures.
     */
    public void saveBoards() {
        boards.forEach((id, board) -> {
            long changes = board.changes();
            if (saved.getOrDefault(id, 0L) != changes) {
                try {
                    store.save(id, board);
                    saved.put(id, changes);
                } catch (RuntimeException e) {
                    LOG.log(java.util.logging.Level.WARNING, "scoreboard of " + id + " not saved; next try at the next tick", e);
                }
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void shutDown() {
        saveBoards();
    }

    /** The running experiment serving {@code placement}, if any. */
    public Optional<Experiment> runningAt(String placement) {
        return running().stream().filter(e -> e.serves(placement)).findFirst();
    }

    public List<Experiment> running() {
        List<Experiment> r = running.get();
        if (r == null) {
            r = repository.findAll().stream().filter(e -> e.status() == Experiment.Status.RUNNING).toList();
            running.compareAndSet(null, r);
        }
        return r;
    }

    /** Stops {@code e} when one of its variants breaks a guardrail (after enough lists to judge). */
    public void checkGuardrails(Experiment e) {
        Experiment.Guardrails g = e.guardrails();
        for (Map.Entry<String, Scoreboard.Serving> s : board(e.id()).serving().entrySet()) {
            Scoreboard.Serving sv = s.getValue();
            if (sv.lists() < settings.guardrailMinLists()) {
                continue;
            }
            String breach = sv.meanMillis() > g.maxLatencyMs()
                    ? String.format(java.util.Locale.ROOT, "guardrail: variant %s serves in %.1f ms on average (limit %.1f)", s.getKey(), sv.meanMillis(), g.maxLatencyMs())
                    : sv.zeroRate() > g.maxZeroRate()
                    ? String.format(java.util.Locale.ROOT, "guardrail: variant %s served %.1f %% empty lists (limit %.1f %%)", s.getKey(), 100 * sv.zeroRate(), 100 * g.maxZeroRate())
                    : null;
            if (breach != null) {
                synchronized (this) {
                    Experiment fresh = get(e.id());
                    if (fresh.status() == Experiment.Status.RUNNING) {
                        fresh.stop(clock.instant(), breach, "");
                        changed(fresh);
                        LOG.warning(() -> "experiment " + e.id() + " stopped: " + breach);
                    }
                }
                return;
            }
        }
    }

    private Experiment changed(Experiment e) {
        Experiment saved = repository.save(e);
        List<Experiment> now = repository.findAll().stream().filter(x -> x.status() == Experiment.Status.RUNNING).toList();
        running.set(now);
        variantModels.keepOnly(now.stream().flatMap(x -> x.variants().stream()).filter(v -> v.kind() == Variant.Kind.MODEL_VERSION)
                .map(Variant::modelVersion).collect(Collectors.toSet()));
        return saved;
    }
}
