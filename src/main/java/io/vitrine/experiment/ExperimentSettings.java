package io.vitrine.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Experiments' configuration (MicroProfile Config). {@code vitrine.experiment.max-models}: the saved model versions
 * experiments may hold in memory beside the live one; each costs about what the live model costs (EASE is 4 m^2 bytes
 * for m items, 23 MB for the demo store's 2,400, plus a few MB of neighbour lists).
 * {@code vitrine.experiment.guardrail.min-lists}: the lists a variant serves before its guardrails are judged.
 */
@ApplicationScoped
public class ExperimentSettings {

    @Inject
    @ConfigProperty(name = "vitrine.experiment.max-models", defaultValue = "2")
    int maxModels;
    @Inject
    @ConfigProperty(name = "vitrine.experiment.guardrail.min-lists", defaultValue = "200")
    int guardrailMinLists;

    public int maxModels() {
        return maxModels;
    }

    public int guardrailMinLists() {
        return guardrailMinLists;
    }
}
