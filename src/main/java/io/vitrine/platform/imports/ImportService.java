package io.vitrine.platform.imports;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.ImageRepository;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.catalog.importer.FashionCatalogImporter;
import io.vitrine.catalog.importer.FlipkartCatalogImporter;
import io.vitrine.events.EventRepository;
import io.vitrine.events.importer.JsonLinesEventImporter;
import io.vitrine.events.importer.MovieLensImporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Runs one import of a file that is on the server, for the admin endpoint {@code POST /api/v1/admin/imports}.
 * Catalogue imports go to a seller ({@link #DEFAULT_SELLERS} when none is named), created when missing.
 *
 * <p>With {@code vitrine.import.dir} set, only files under that folder are accepted, so the endpoint cannot be
 * used to read arbitrary server files; unset, any readable path is accepted (the endpoint is admin-only).
 *
 * <p>Errors: an unknown path, a path outside {@code vitrine.import.dir} or a file lacking required columns throws
 * {@link IllegalArgumentException} (a 400); a read failure midway throws {@link UncheckedIOException}. Bad rows are
 * never exceptions: they are in the returned {@link ImportReport}.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    /** Seller ids used when the request names none. */
    public static final String FASHION_SELLER = "fashion-import";
    public static final String FLIPKART_SELLER = "flipkart-import";
    public static final String MOVIELENS_PREFIX = "ml-";

    @Inject
    ProductRepository products;
    @Inject
    jakarta.enterprise.event.Event<io.vitrine.catalog.ProductChanged> changes;
    @Inject
    CategoryRepository categories;
    @Inject
    SellerRepository sellers;
    @Inject
    ImageRepository images;
    @Inject
    EventRepository events;
    @Inject
    @ConfigProperty(name = "vitrine.import.dir")
    Optional<String> importDir;

    /** Dispatches on the kind; {@code seller} only matters for catalogue kinds. */
    public ImportReport run(@NotNull ImportKind kind, @NotNull Path path, Optional<String> seller) {
        return switch (kind) {
            case FASHION -> importFashion(path, seller.orElse(FASHION_SELLER));
            case FLIPKART -> importFlipkart(path, seller.orElse(FLIPKART_SELLER));
            case MOVIELENS -> importMovieLens(path);
            case JSONL -> importJsonLines(path);
        };
    }

    private ProductRepository announcing() {
        return new AnnouncingProducts(products, changes::fire);
    }

    /** {@code path}: the folder with styles.csv and images/, or styles.csv itself. */
    public ImportReport importFashion(@NotNull Path path, @NotNull String sellerId) {
        FashionCatalogImporter importer = new FashionCatalogImporter(announcing(), categories, sellers, images);
        return logged(path, () -> importer.importFrom(checked(path), FashionCatalogImporter.Options.forSeller(sellerId)));
    }

    public ImportReport importFlipkart(@NotNull Path path, @NotNull String sellerId) {
        FlipkartCatalogImporter importer = new FlipkartCatalogImporter(announcing(), categories, sellers);
        return logged(path, () -> importer.importFrom(checked(path), FlipkartCatalogImporter.Options.forSeller(sellerId)));
    }

    /** Users become "ml-user-&lt;id&gt;", items the products "ml-&lt;id&gt;". */
    public ImportReport importMovieLens(@NotNull Path path) {
        MovieLensImporter importer = MovieLensImporter.withPrefix(events, MOVIELENS_PREFIX);
        return logged(path, () -> importer.importFrom(checked(path)));
    }

    public ImportReport importJsonLines(@NotNull Path path) {
        JsonLinesEventImporter importer = new JsonLinesEventImporter(events);
        return logged(path, () -> importer.importFrom(checked(path)));
    }

    private Path checked(Path path) {
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

    private interface Run {
        ImportReport run() throws IOException;
    }

    private static ImportReport logged(Path path, Run run) {
        try {
            ImportReport report = run.run();
            LOG.info(() -> "import " + report.kind() + " of " + path + ": " + report.rowsRead() + " rows, "
                    + report.imported() + " new, " + report.updated() + " updated, " + report.skippedDuplicates()
                    + " unchanged, " + report.rejected() + " rejected in " + report.elapsedMillis() + " ms");
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("import of " + path + " failed: " + e.getMessage(), e);
        }
    }
}
