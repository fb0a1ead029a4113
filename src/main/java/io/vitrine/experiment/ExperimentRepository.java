package io.vitrine.experiment;

import java.util.List;
import java.util.Optional;

/** Where experiments are kept (a few dozen documents). */
public interface ExperimentRepository {

    List<Experiment> findAll();

    Optional<Experiment> find(String id);

    Experiment save(Experiment experiment);
}
