package io.vitrine.customer;

import io.vitrine.platform.startup.StartupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * At start-up, after the demo store: creates the configured first admin, or says where to create one when the shop
 * has none; drops expired invitation and reset links.
 */
@ApplicationScoped
public class FirstAdmin implements StartupStep {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    StaffAccounts staff;

    @Override
    public Phase phase() {
        return Phase.DATA;
    }

    @Override
    public String name() {
        return "3-first-admin"; // after 1-demo-store, whose accounts must not clash with it
    }

    @Override
    public void onStartup() {
        staff.ensureConfiguredAdmin().ifPresent(a -> LOG.info(() -> "first administrator " + a.id() + " created from vitrine.admin.email"));
        if (staff.setupOpen()) {
            LOG.warning("The shop has no administrator: open /customer/setup.xhtml to create the first one "
                    + "(or set vitrine.admin.email and vitrine.admin.password)");
        }
        long dropped = staff.forgetExpired();
        if (dropped > 0) {
            LOG.info(() -> dropped + " expired invitation or reset links dropped");
        }
    }
}
