package io.vitrine.order;

import io.vitrine.platform.startup.RepeatingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Runs {@link OrderService#sweep} at start-up (what the last crash interrupted) and every minute after, so no order is
 * left without its stock and no stock stays taken without an order.
 */
@ApplicationScoped
public class OrderSweep extends RepeatingStep {

    private static final Logger LOG = Logger.getLogger(OrderSweep.class.getName());

    @Inject
    OrderService orders;

    /** After the schema, before the demo store and the indexes read the stock. */
    public OrderSweep() {
        super("order-sweep", Phase.SCHEMA);
    }

    @Override
    public void onStartup() {
        Runnable run = logged(this::sweep, LOG, "the order sweep failed; it runs again in a minute");
        run.run();
        repeat(Duration.ofMinutes(1), Duration.ofMinutes(1), run);
    }

    private void sweep() {
        OrderService.Sweep done = orders.sweep(Instant.now());
        if (done.settled() + done.rolledBack() + done.restocked() > 0) {
            LOG.info(() -> "Order sweep: " + done);
        }
    }
}
