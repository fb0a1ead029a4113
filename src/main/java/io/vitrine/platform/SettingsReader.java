package io.vitrine.platform;

import org.eclipse.microprofile.config.Config;

import java.util.Objects;

/**
 * Reads a feature's typed settings from MicroProfile Config: each key under one prefix, its configured value or the
 * default the feature documents (the value's type is the default's).
 */
public final class SettingsReader {

    private final Config config;
    private final String prefix;

    public SettingsReader(Config config, String prefix) {
        this.config = Objects.requireNonNull(config, "config");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key, T fallback) {
        return config.getOptionalValue(prefix + key, (Class<T>) fallback.getClass()).orElse(fallback);
    }
}
