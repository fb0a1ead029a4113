package io.vitrine.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.List;
import java.util.Optional;

/** {@link ExperimentRepository} on MongoDB through JNoSQL (collection {@code experiments}). */
@ApplicationScoped
public class MongoExperimentRepository implements ExperimentRepository {

    @Inject
    MongoDBTemplate template;

    @Override
    public List<Experiment> findAll() {
        return template.<Experiment>select(SelectQuery.builder().from("experiments").build()).toList();
    }

    @Override
    public Optional<Experiment> find(String id) {
        return template.find(Experiment.class, id);
    }

    @Override
    public Experiment save(Experiment experiment) {
        return find(experiment.id()).isPresent() ? template.update(experiment) : template.insert(experiment);
    }
}
