package io.vitrine.platform.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The registry as a list in recording order: the test double every model kind's service tests use. */
public final class InMemoryModelRegistry implements ModelRegistry {

    private final List<ModelVersion> versions = new ArrayList<>();

    @Override
    public synchronized void record(ModelVersion version) {
        versions.add(version);
    }

    @Override
    public synchronized Optional<ModelVersion> latestLive(String kind) {
        return versions.stream().filter(v -> v.kind().equals(kind) && v.status() == ModelVersion.Status.LIVE)
                .max(Comparator.comparingLong(ModelVersion::version));
    }

    @Override
    public synchronized long lastVersion(String kind) {
        return versions.stream().filter(v -> v.kind().equals(kind)).mapToLong(ModelVersion::version).max().orElse(0);
    }

    @Override
    public synchronized List<ModelVersion> history(String kind) {
        return versions.stream().filter(v -> v.kind().equals(kind))
                .sorted(Comparator.comparingLong(ModelVersion::version)).toList();
    }

    public synchronized List<ModelVersion> versions() {
        return List.copyOf(versions);
    }

    public synchronized List<ModelVersion.Status> statuses() {
        return versions.stream().map(ModelVersion::status).toList();
    }

    @Override
    public synchronized java.util.Set<String> kinds() {
        return new java.util.TreeSet<>(versions.stream().map(ModelVersion::kind).toList());
    }
}
