package io.vitrine.experiment;

import io.vitrine.platform.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link ExperimentRepository} on MongoDB through JNoSQL (collection {@code experiments}, a few dozen documents). */
@ApplicationScoped
public class MongoExperimentRepository extends MongoStore<Experiment> implements ExperimentRepository {

    public MongoExperimentRepository() {
        super(Experiment.class, Experiment::id);
    }
}
