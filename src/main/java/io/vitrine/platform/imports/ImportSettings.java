package io.vitrine.platform.imports;

import io.vitrine.platform.SettingsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * How large an uploaded catalogue may be (README's Configuration table).
 *
 * @param maxUploadBytes  {@code vitrine.import.max-upload-bytes} (200 MiB): a larger upload is refused (413)
 * @param maxZipEntries   {@code vitrine.import.zip.max-entries} (20,000): files a ZIP may hold
 * @param maxUnpackedBytes {@code vitrine.import.zip.max-unpacked-bytes} (1 GiB): what a ZIP may unpack to in all
 * @param maxZipRatio     {@code vitrine.import.zip.max-ratio} (100): how many times its packed size one entry may
 *                        unpack to (a "zip bomb" unpacks thousands of times larger)
 * @param keepDays        {@code vitrine.import.keep-days} (30): finished jobs and their error lists are kept this long
 */
public record ImportSettings(long maxUploadBytes, int maxZipEntries, long maxUnpackedBytes, int maxZipRatio, int keepDays) {

    public static final ImportSettings DEFAULTS = new ImportSettings(200L << 20, 20_000, 1L << 30, 100, 30);

    public static ImportSettings from(Config config) {
        SettingsReader c = new SettingsReader(config, "vitrine.import.");
        return new ImportSettings(c.get("max-upload-bytes", DEFAULTS.maxUploadBytes()),
                c.get("zip.max-entries", DEFAULTS.maxZipEntries()), c.get("zip.max-unpacked-bytes", DEFAULTS.maxUnpackedBytes()),
                c.get("zip.max-ratio", DEFAULTS.maxZipRatio()), c.get("keep-days", DEFAULTS.keepDays()));
    }

    @ApplicationScoped
    static class Producer {

        @Produces
        @Singleton
        ImportSettings settings(Config config) {
            return from(config);
        }
    }
}
