package io.vitrine.platform.imports;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Runs one import of a file that is on the server, for the admin endpoint {@code POST /api/v1/admin/imports}, with
 * the {@link Importer} of the kind asked (features contribute them as CDI beans).
 *
 * <p>With {@code vitrine.import.dir} set, only files under that folder are accepted, so the endpoint cannot be
 * used to read arbitrary server files; unset, any readable path is accepted (the endpoint is admin-only).
 *
 * <p>Errors: an unknown kind or path, a path outside {@code vitrine.import.dir} or a file lacking required columns
 * throws {@link IllegalArgumentException} (a 400); a read failure midway throws {@link UncheckedIOException}. Bad rows
 * are never exceptions: they are in the returned {@link ImportReport}.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    private final Map<String, Importer> importers = new TreeMap<>();
    private final Optional<String> importDir;

    /** For the CDI proxy only. */
    protected ImportService() {
        this.importDir = Optional.empty();
    }

    @Inject
    public ImportService(@Any Instance<Importer> importers, PlatformSettings settings) {
        this((Iterable<Importer>) importers, settings.importDir());
    }

    public ImportService(Iterable<Importer> importers, Optional<String> importDir) {
        importers.forEach(i -> this.importers.put(i.kind(), i));
        this.importDir = importDir;
    }

    /** The kinds that can be imported, by wire name. */
    public Set<String> kinds() {
        return new TreeSet<>(importers.keySet());
    }

    /** The importer of a kind by wire name; a 400 naming the kinds for an unknown one. */
    public Importer importer(@NotNull String kind) {
        Importer importer = importers.get(kind.strip().toLowerCase(java.util.Locale.ROOT));
        if (importer == null) {
            throw new InvalidInputException("kind must be one of " + String.join(", ", kinds()));
        }
        return importer;
    }

    /** Every importer, by kind. */
    public java.util.Collection<Importer> importers() {
        return importers.values();
    }

    /** Runs the importer of {@code kind}; {@code seller} only matters for catalogue kinds. */
    public ImportReport run(@NotNull String kind, @NotNull Path path, Optional<String> seller) {
        Importer importer = importer(kind);
        Path file = checked(path);
        try {
            ImportReport report = importer.importFrom(file, seller);
            LOG.info(() -> "import " + report.kind() + " of " + path + ": " + report.rowsRead() + " rows, "
                    + report.imported() + " new, " + report.updated() + " updated, " + report.skippedDuplicates()
                    + " unchanged, " + report.rejected() + " rejected in " + report.elapsedMillis() + " ms");
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("import of " + path + " failed: " + e.getMessage(), e);
        }
    }

    /** The absolute path of a server file an admin import may read (see the class comment); a 400 otherwise. */
    public Path checked(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.isReadable(file)) {
            throw new InvalidInputException("no readable file or folder at " + file);
        }
        if (importDir.isPresent()) {
            try {
                // real paths, so a symbolic link cannot lead outside the folder
                Path root = Path.of(importDir.get()).toRealPath();
                file = file.toRealPath();
                if (!file.startsWith(root)) {
                    throw new InvalidInputException("imports are read from " + root + " only");
                }
            } catch (IOException e) {
                throw new InvalidInputException("vitrine.import.dir or the path cannot be resolved: " + e.getMessage());
            }
        }
        return file;
    }
}
