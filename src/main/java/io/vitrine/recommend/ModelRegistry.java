package io.vitrine.recommend;

import java.util.Optional;

/** Where training runs are recorded ({@link MongoModelRegistry}; tests use a map). */
public interface ModelRegistry {

    void record(ModelVersion version);

    /** The newest version that went live, if any. */
    Optional<ModelVersion> latestLive(String kind);

    /** The highest version number recorded for the kind, live or not (0 when none). */
    long lastVersion(String kind);
}
