package io.vitrine.experiment;

import io.vitrine.experiment.analysis.TeamDraft;
import io.vitrine.recommend.ListRouting;
import io.vitrine.recommend.Recommendations;
import io.vitrine.recommend.ShopModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serving with variants: for a placement a running experiment covers, the shopper's unit (their anonymous session
 * when they logged in from one) gets a stable variant and its model ranks the list (A/B), or both variants' lists are
 * team-draft interleaved (variant {@code I}). The list carries the experiment and variant; the shopper becomes one
 * of its visitors; serving time and empty lists feed the guardrails.
 */
@ApplicationScoped
public class ExperimentRouting implements ListRouting {

    private static final Logger LOG = Logger.getLogger(ExperimentRouting.class.getName());
    /** Guardrails are checked every this many lists of an experiment. */
    static final int CHECK_EVERY = 100;

    @Inject
    ExperimentService experiments;
    @Inject
    VariantModels models;

    @Override
    public Recommendations route(String placement, String shopper, ShopModel live, Function<ShopModel, Recommendations> list) {
        Optional<Experiment> running;
        try {
            running = experiments.runningAt(placement);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "running experiments cannot be read; the live model serves", e);
            running = Optional.empty();
        }
        if (running.isEmpty()) {
            return list.apply(live);
        }
        Experiment e = running.get();
        Scoreboard board = experiments.board(e.id());
        String unit = board.unitOf(shopper);
        long t0 = System.nanoTime();
        Recommendations served;
        String variant;
        try {
            variant = e.variantFor(unit);
            if (e.mode() == Experiment.Mode.INTERLEAVING) {
                served = interleave(list.apply(model(e.variant("A"), live)), list.apply(model(e.variant("B"), live)), board, unit);
            } else {
                served = list.apply(model(e.variant(variant), live));
            }
        } catch (RuntimeException missing) {
            LOG.log(Level.WARNING, "experiment " + e.id() + " cannot serve; the live model does", missing);
            return list.apply(live);
        }
        board.served(variant, System.nanoTime() - t0, served.items().isEmpty());
        board.exposed(unit, variant, Instant.now());
        if (board.lists() % CHECK_EVERY == 0) {
            experiments.checkGuardrails(e);
        }
        return served.in(e.id(), variant);
    }

    private ShopModel model(Variant v, ShopModel live) {
        return models.of(v, live);
    }

    /** A's and B's lists merged team-draft; the board remembers whose each product is, to credit clicks. */
    private static Recommendations interleave(Recommendations a, Recommendations b, Scoreboard board, String unit) {
        Map<String, Recommendations.Item> byId = new LinkedHashMap<>();
        a.items().forEach(i -> byId.putIfAbsent(i.product().id().value(), i));
        b.items().forEach(i -> byId.putIfAbsent(i.product().id().value(), i));
        List<String> idsA = a.items().stream().map(i -> i.product().id().value()).toList();
        List<String> idsB = b.items().stream().map(i -> i.product().id().value()).toList();
        TeamDraft.Interleaved<String> merged = TeamDraft.merge(idsA, idsB, Math.max(idsA.size(), idsB.size()),
                () -> ThreadLocalRandom.current().nextBoolean());
        board.shown(unit, merged);
        return a.with(merged.items().stream().map(byId::get).toList());
    }
}
