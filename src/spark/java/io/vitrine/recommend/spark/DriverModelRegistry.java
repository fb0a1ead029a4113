package io.vitrine.recommend.spark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.vitrine.platform.models.ModelRegistry;
import io.vitrine.platform.models.ModelVersion;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The model registry for the Spark job, which runs where the shop's JNoSQL mapping ({@code MongoModelRegistry}, a CDI
 * bean) does not: the same collection, {@code model_versions}, and the documents JNoSQL maps a {@link ModelVersion}
 * to and from: {@code _id} "kind-version", the record's components by name, {@code trainedAt} in epoch milliseconds
 * (the shop's {@code EpochMillis}), the metrics as a sub-document, the status by its name.
 */
public final class DriverModelRegistry implements ModelRegistry {

    static final String COLLECTION = "model_versions";

    private final MongoCollection<Document> versions;

    public DriverModelRegistry(MongoDatabase database) {
        this.versions = database.getCollection(COLLECTION);
    }

    @Override
    public void record(ModelVersion version) {
        versions.insertOne(document(version));
    }

    @Override
    public Optional<ModelVersion> latestLive(String kind) {
        return Optional.ofNullable(versions.find(Filters.and(Filters.eq("kind", kind),
                Filters.eq("status", ModelVersion.Status.LIVE.name()))).sort(Sorts.descending("version")).first())
                .map(DriverModelRegistry::version);
    }

    @Override
    public long lastVersion(String kind) {
        Document last = versions.find(Filters.eq("kind", kind)).sort(Sorts.descending("version")).first();
        return last == null ? 0 : ((Number) last.get("version")).longValue();
    }

    @Override
    public List<ModelVersion> history(String kind) {
        List<ModelVersion> out = new ArrayList<>();
        versions.find(Filters.eq("kind", kind)).sort(Sorts.ascending("version")).forEach(d -> out.add(version(d)));
        return out;
    }

    @Override
    public Set<String> kinds() {
        return versions.distinct("kind", String.class).into(new TreeSet<String>());
    }

    static Document document(ModelVersion v) {
        return new Document("_id", v.id()).append("kind", v.kind()).append("version", v.version())
                .append("trainedAt", v.trainedAt().toEpochMilli()).append("users", v.users()).append("items", v.items())
                .append("events", v.events()).append("metrics", new Document(new LinkedHashMap<>(v.metrics())))
                .append("status", v.status().name()).append("note", v.note());
    }

    static ModelVersion version(Document d) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        Document stored = d.get("metrics", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> metrics.put(name, ((Number) value).doubleValue()));
        }
        return new ModelVersion(d.getString("_id"), d.getString("kind"), number(d, "version"),
                Instant.ofEpochMilli(number(d, "trainedAt")), number(d, "users"), number(d, "items"), number(d, "events"),
                metrics, ModelVersion.Status.valueOf(d.getString("status")), d.getString("note"));
    }

    private static long number(Document d, String field) {
        Object v = d.get(field);
        return v instanceof Number n ? n.longValue() : 0;
    }
}
