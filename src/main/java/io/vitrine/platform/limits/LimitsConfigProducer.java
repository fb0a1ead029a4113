package io.vitrine.platform.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Reads {@link LimitsConfig} once from MicroProfile Config. */
@ApplicationScoped
public class LimitsConfigProducer {

    @Inject
    Config config;

    @Produces
    @Singleton
    LimitsConfig limits() {
        return LimitsConfig.from(config);
    }
}
