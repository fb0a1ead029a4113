package io.vitrine.platform.models;

import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.List;
import java.util.Optional;

/** {@link ModelRegistry} on MongoDB through JNoSQL (collection {@code model_versions}). */
@ApplicationScoped
public class MongoModelRegistry implements ModelRegistry {

    private static final String COLLECTION = "model_versions";

    @Inject
    MongoDBTemplate template;
    @Inject
    io.vitrine.platform.MongoConnection mongo;

    @Override
    public void record(ModelVersion version) {
        template.insert(version);
    }

    @Override
    public Optional<ModelVersion> latestLive(String kind) {
        return template.<ModelVersion>select(SelectQuery.builder().from(COLLECTION)
                .where(CriteriaCondition.and(CriteriaCondition.eq("kind", kind),
                        CriteriaCondition.eq("status", ModelVersion.Status.LIVE.name())))
                .sort(Sort.desc("version")).limit(1).build()).findFirst();
    }

    @Override
    public long lastVersion(String kind) {
        return template.<ModelVersion>select(SelectQuery.builder().from(COLLECTION)
                .where(CriteriaCondition.eq("kind", kind)).sort(Sort.desc("version")).limit(1).build())
                .findFirst().map(ModelVersion::version).orElse(0L);
    }

    @Override
    public List<ModelVersion> history(String kind) {
        return template.<ModelVersion>select(SelectQuery.builder().from(COLLECTION)
                .where(CriteriaCondition.eq("kind", kind)).sort(Sort.asc("version")).build()).toList();
    }

    @Override
    public java.util.Set<String> kinds() {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        mongo.database().getCollection(COLLECTION).distinct("kind", String.class).forEach(kinds::add);
        return kinds;
    }
}
