package io.vitrine.platform.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/** {@code vitrine.data.dir} (default {@code ./data}), read in one place: the folder the shop keeps its files in. */
@ApplicationScoped
public class DataDir {

    @Inject
    @ConfigProperty(name = "vitrine.data.dir", defaultValue = "./data")
    String dir;

    public Path path() {
        return Path.of(dir);
    }

    /** Where saved models live: {@code <data dir>/models}. */
    public Path models() {
        return path().resolve("models");
    }
}
