package io.vitrine.order;

import io.vitrine.platform.startup.Repeating;
import io.vitrine.platform.startup.StartupStep;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link OrderService#sweep} at start-up (what the last crash interrupted) and every minute after, so no order is
 * left without its stock and no stock stays taken without an order.
 */
@ApplicationScoped
public class OrderSweep implements StartupStep {

    private static final Logger LOG = Logger.getLogger(OrderSweep.class.getName());

    @Inject
    OrderService orders;
    @Resource
    ManagedScheduledExecutorService executor;

    private Repeating schedule = Repeating.NONE;

    /** After the schema, before the demo store and the indexes read the stock. */
    @Override
    public Phase phase() {
        return Phase.SCHEMA;
    }

    @Override
    public String name() {
        return "order-sweep";
    }

    @Override
    public void onStartup() {
        Runnable run = Repeating.logging(this::sweep, LOG, Level.WARNING, "the order sweep failed; it runs again in a minute");
        run.run();
        schedule = Repeating.every(executor, Duration.ofMinutes(1), Duration.ofMinutes(1), run);
    }

    private void sweep() {
        OrderService.Sweep done = orders.sweep(Instant.now());
        if (done.settled() + done.rolledBack() + done.restocked() > 0) {
            LOG.info(() -> "Order sweep: " + done);
        }
    }

    @PreDestroy
    void stop() {
        schedule.stop();
    }
}
