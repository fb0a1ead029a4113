package io.vitrine.order;

import io.vitrine.platform.startup.StartupStep;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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

    private ScheduledFuture<?> schedule;

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
        run();
        if (executor != null) {
            schedule = executor.scheduleWithFixedDelay(this::run, 1, 1, TimeUnit.MINUTES);
        }
    }

    void run() {
        try {
            OrderService.Sweep done = orders.sweep(Instant.now());
            if (done.settled() + done.rolledBack() + done.restocked() > 0) {
                LOG.info(() -> "Order sweep: " + done);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the order sweep failed; it runs again in a minute", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
