package io.vitrine.experiment;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.events.EventsRecorded;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.events.ShopperMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Feeds the running experiments' scoreboards from the shop's events: a click whose source names the experiment
 * (clicked), any add-to-cart and any purchase (with its amount at today's price) of an exposed shopper after their
 * first exposure; and a log-in, so the account keeps its anonymous session's variant.
 */
@ApplicationScoped
public class ExperimentOutcomes {

    private static final Logger LOG = Logger.getLogger(ExperimentOutcomes.class.getName());

    @Inject
    ExperimentService experiments;
    @Inject
    CatalogService catalog;

    /** Observers run inside the event's recording: a failure here is logged, never the shopper's or partner's error. */
    void onEvents(@Observes EventsRecorded recorded) {
        try {
            List<Experiment> running = experiments.running();
            for (Interaction i : running.isEmpty() ? List.<Interaction>of() : recorded.events()) {
                for (Experiment e : running) {
                    credit(e, experiments.board(e.id()), i);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "experiment outcomes not counted", e);
        }
    }

    void onLogin(@Observes ShopperMerged merged) {
        try {
            for (Experiment e : experiments.running()) {
                experiments.board(e.id()).loggedIn(merged.anonymousId(), merged.accountId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "experiment log-in not carried", e);
        }
    }

    private void credit(Experiment e, Scoreboard board, Interaction i) {
        String unit = board.unitOf(i.userId());
        Optional<Scoreboard.Visitor> visitor = board.visitor(unit);
        if (visitor.isEmpty() || i.occurredAt().isBefore(visitor.get().firstSeen().minusSeconds(1))) {
            return;
        }
        InteractionType type = i.type();
        if (type == InteractionType.CLICK) {
            Optional<Attribution.Tag> tag = i.source().flatMap(Attribution::parse);
            if (tag.isPresent() && tag.get().experiment().equals(e.id()) && i.productId().isPresent()) {
                board.clicked(unit, i.productId().get());
            }
        } else if (type == InteractionType.ADD_TO_CART) {
            board.carted(unit);
        } else if (type == InteractionType.PURCHASE && i.productId().isPresent()) {
            long cents = catalog.find(new ProductId(i.productId().get())).map(Product::price)
                    .map(p -> p.cents() * Math.max(1, i.quantity())).orElse(0L);
            board.purchased(unit, cents);
        }
    }
}
