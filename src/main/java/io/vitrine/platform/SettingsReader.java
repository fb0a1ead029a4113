package io.vitrine.platform;

import org.eclipse.microprofile.config.Config;

/**
 * Reads a feature's typed settings from MicroProfile Config: each key under one prefix, its configured value or the
 * default the feature documents (the value's type is the default's).
 */
public record SettingsReader(Config config, String prefix) {

    @SuppressWarnings("unchecked")
    public <T> T get(String key, T fallback) {
        return config.getOptionalValue(prefix + key, (Class<T>) fallback.getClass()).orElse(fallback);
    }
}
