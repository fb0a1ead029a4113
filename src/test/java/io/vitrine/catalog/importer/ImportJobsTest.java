package io.vitrine.catalog.importer;

import io.vitrine.catalog.InMemoryCategoryRepository;
import io.vitrine.catalog.InMemoryImageRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.imports.ImportJob;
import io.vitrine.platform.imports.ImportJobs;
import io.vitrine.platform.imports.ImportProgress;
import io.vitrine.platform.imports.ImportReport;
import io.vitrine.platform.imports.ImportService;
import io.vitrine.platform.imports.ImportSettings;
import io.vitrine.platform.imports.Importer;
import io.vitrine.platform.imports.NamedImporter;
import io.vitrine.platform.security.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Import jobs over the shop's own layout and in-memory repositories: an upload runs to its end with its counts and
 * error file; a job interrupted after a committed batch (the process killed) resumes from the row after it at the
 * next start, without reading the committed rows again; sellers see and import only their own.
 */
class ImportJobsTest {

    private static final Caller AUBERT = new Caller(Caller.Kind.SELLER, "seller@aubert.fr", Optional.of("aubert"));
    private static final Caller RIVAL = new Caller(Caller.Kind.SELLER, "seller@rival.fr", Optional.of("rival"));
    private static final Caller ADMIN = new Caller(Caller.Kind.ADMIN, "admin@shop", Optional.empty());

    @TempDir
    Path dir;

    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final VitrineCatalogImporter vitrine = new VitrineCatalogImporter(products, new InMemoryCategoryRepository(),
            new InMemorySellerRepository(), new InMemoryImageRepository());

    /**
     * The "vitrine" kind; with {@code killAfterFirstBatch} the process is killed right after the first committed batch:
     * the jobs' folder is copied aside as a kill -9 would leave it ({@link #diskAtKill}), then the run stops.
     */
    private Importer vitrineKind(AtomicBoolean killAfterFirstBatch) {
        return vitrineKind(progress -> killAfterFirstBatch.get() ? failingAfterFirstBatch(progress, () -> {
            copyTree(dir.resolve("imports"), diskAtKill());
            return new Killed();
        }) : progress);
    }

    private Importer vitrineKind(UnaryOperator<ImportProgress> progressOfRun) {
        return new NamedImporter(VitrineCatalogImporter.KIND, (path, seller, progress) ->
                vitrine.importCsv(path, seller.orElseThrow(), progressOfRun.apply(progress)),
                (name, columns) -> columns.containsAll(VitrineCatalogImporter.REQUIRED)) {
        };
    }

    /** The run throws what {@code error} makes right after its first batch is committed. */
    private static ImportProgress failingAfterFirstBatch(ImportProgress progress, Supplier<Error> error) {
        return new ImportProgress() {
            @Override
            public Optional<ImportReport> resumeFrom() {
                return progress.resumeFrom();
            }

            @Override
            public void expect(long rows) {
                progress.expect(rows);
            }

            @Override
            public void committed(ImportReport soFar, List<ImportReport.RowError> newErrors) {
                progress.committed(soFar, newErrors);
                throw error.get();
            }
        };
    }

    /** Stops the run where a kill -9 stopped the process; what the job does after it is not on the disk copied aside. */
    static final class Killed extends Error {
    }

    private Path diskAtKill() {
        return dir.resolve("imports-at-kill");
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private ImportJobs jobs(AtomicBoolean kill) {
        return jobs(vitrineKind(kill));
    }

    private ImportJobs jobs(Importer kind) {
        ImportService service = new ImportService(List.of(kind), Optional.empty());
        return new ImportJobs(service, ImportSettings.DEFAULTS, dir.resolve("imports"), Runnable::run, Clock.systemUTC());
    }

    private static String catalogue(int rows, int badEvery) {
        StringBuilder csv = new StringBuilder(VitrineCatalogImporterTest.HEADER);
        for (int i = 1; i <= rows; i++) {
            String price = badEvery > 0 && i % badEvery == 0 ? "free" : "9.90";
            csv.append("p-").append(i).append(",Product ").append(i).append(",,,,Home,Kitchen,,").append(price).append(",EUR,2,,,\n");
        }
        return csv.toString();
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUploadRunsToItsEndWithCountsAndRejectedRows() throws IOException {
        ImportJobs jobs = jobs(new AtomicBoolean(false));

        ImportJob job = jobs.upload(AUBERT, "my catalogue.csv", Optional.empty(), Optional.empty(), body(catalogue(30, 10)));

        ImportJob done = jobs.get(AUBERT, job.id());
        assertEquals(ImportJob.State.DONE, done.state(), done.message());
        assertEquals("vitrine", done.kind(), "recognised from its header");
        assertEquals(100, done.percent());
        assertEquals(30, done.counts().rowsRead());
        assertEquals(27, done.counts().imported());
        assertEquals(3, done.counts().rejected());
        assertEquals(Optional.of("aubert"), done.sellerId());
        assertEquals("aubert", products.find(new io.vitrine.catalog.ProductId("p-1")).orElseThrow().sellerId());
        List<String> errors = Files.readAllLines(jobs.errors(AUBERT, job.id()));
        assertEquals("line,message", errors.get(0));
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get(1).startsWith("11,bad price 'free'"), errors.toString());
    }

    @Test
    void aJobKilledAfterACommittedBatchResumesAtTheNextStartFromTheRowAfterIt() throws IOException {
        AtomicBoolean kill = new AtomicBoolean(true);
        ImportJobs first = jobs(kill);
        String csv = catalogue(1_200, 600);

        first.upload(AUBERT, "big.csv", Optional.empty(), Optional.empty(), body(csv));
        deleteTree(dir.resolve("imports"));
        Files.move(diskAtKill(), dir.resolve("imports")); // the disk as the kill left it
        ImportJob interrupted = first.list(ADMIN, 10).get(0);
        assertEquals(ImportJob.State.RUNNING, interrupted.state());
        assertEquals(500, interrupted.counts().rowsRead(), "the first batch of 500 rows is committed");
        assertEquals(41, interrupted.percent(), "500 of about 1,200 rows");

        kill.set(false);
        ImportJobs restarted = jobs(kill);
        restarted.onStartup();

        ImportJob done = restarted.get(AUBERT, interrupted.id());
        assertEquals(ImportJob.State.DONE, done.state(), done.message());
        assertEquals(1_200, done.counts().rowsRead());
        assertEquals(1_198, done.counts().imported());
        assertEquals(0, done.counts().skippedDuplicates(), "committed rows were not read again");
        assertEquals(2, done.counts().rejected());
        assertEquals(1_198, products.count());
    }

    @Test
    void anErrorInARowEndsTheJobFailedWithItsReasonAndALogLine() {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ImportJobs.class.getName());
        log.addHandler(handler);
        try {
            StackOverflowError overflow = new StackOverflowError();
            ImportJobs jobs = jobs(vitrineKind(progress -> failingAfterFirstBatch(progress, () -> overflow)));

            ImportJob job = jobs.upload(AUBERT, "deep.csv", Optional.empty(), Optional.empty(), body(catalogue(1_200, 0)));

            ImportJob failed = jobs.get(AUBERT, job.id());
            assertEquals(ImportJob.State.FAILED, failed.state(), "not left RUNNING");
            assertEquals(100, failed.percent());
            assertTrue(failed.finishedAt().isPresent());
            assertEquals("the import stopped on an internal error (StackOverflowError) after row 500; the rows before "
                    + "it are stored", failed.message());
            assertEquals(500, failed.counts().rowsRead(), "the committed batch stays counted");
            assertEquals(500, products.count());
            LogRecord line = logged.stream().filter(r -> r.getThrown() == overflow).findFirst()
                    .orElseThrow(() -> new AssertionError("no log line with the error: " + logged));
            assertEquals(Level.SEVERE, line.getLevel());
            assertTrue(line.getMessage().contains(job.id()), line.getMessage());
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void sellersSeeAndImportOnlyTheirOwn() {
        ImportJobs jobs = jobs(new AtomicBoolean(false));
        ImportJob job = jobs.upload(AUBERT, "c.csv", Optional.empty(), Optional.empty(), body(catalogue(2, 0)));

        assertThrows(NotFoundException.class, () -> jobs.get(RIVAL, job.id()), "another seller's job is not found");
        assertTrue(jobs.list(RIVAL, 10).isEmpty());
        assertEquals(1, jobs.list(ADMIN, 10).size());
        assertThrows(AccessDeniedException.class,
                () -> jobs.upload(RIVAL, "c.csv", Optional.empty(), Optional.of("aubert"), body(catalogue(2, 0))));
        Caller shopper = Caller.shopper("someone@example.com", "sh_" + "0".repeat(24));
        assertThrows(AccessDeniedException.class,
                () -> jobs.upload(shopper, "c.csv", Optional.empty(), Optional.empty(), body(catalogue(2, 0))));
    }

    @Test
    void whatIsNoCatalogueIsRefusedWithWhy() {
        ImportJobs jobs = jobs(new AtomicBoolean(false));

        InvalidInputException columns = assertThrows(InvalidInputException.class,
                () -> jobs.upload(AUBERT, "x.csv", Optional.empty(), Optional.empty(), body("sku,title\n1,x\n")));
        assertTrue(columns.getMessage().contains("sku, title") && columns.getMessage().contains("match no layout"), columns.getMessage());
        InvalidInputException binary = assertThrows(InvalidInputException.class, () -> jobs.upload(AUBERT, "x.csv",
                Optional.empty(), Optional.empty(), new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1, 2})));
        assertTrue(binary.getMessage().contains("not a catalogue"), binary.getMessage());
        assertThrows(InvalidInputException.class, () -> jobs.upload(AUBERT, "x.csv", Optional.empty(), Optional.empty(), body("")));
        assertThrows(InvalidInputException.class,
                () -> jobs.upload(AUBERT, "x.csv", Optional.of("movielens"), Optional.empty(), body(catalogue(1, 0))));
        assertTrue(jobs.list(ADMIN, 10).isEmpty(), "nothing refused is kept");
    }
}
