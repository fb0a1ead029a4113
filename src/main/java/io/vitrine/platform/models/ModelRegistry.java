package io.vitrine.platform.models;

import java.util.List;
import java.util.Optional;

/**
 * Where training runs of every model kind (recommend, vision, chat) are recorded ({@link MongoModelRegistry}; tests
 * use a map).
 */
public interface ModelRegistry {

    void record(ModelVersion version);

    /** The newest version that went live, if any. */
    Optional<ModelVersion> latestLive(String kind);

    /** The highest version number recorded for the kind, live or not (0 when none). */
    long lastVersion(String kind);

    /** Every recorded run of the kind, oldest first (the admin model page charts metrics across versions). */
    List<ModelVersion> history(String kind);

    /** Every kind with at least one recorded version. */
    java.util.Set<String> kinds();
}
