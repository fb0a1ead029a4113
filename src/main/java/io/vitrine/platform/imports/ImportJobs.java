package io.vitrine.platform.imports;

import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.models.DataDir;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.startup.StartupStep;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports as background jobs: a catalogue uploaded from the seller or admin pages or the REST API (CSV, JSON lines,
 * or a ZIP of photos with its CSV), or a server file named by an admin. Each job is checked when it is submitted (size,
 * ZIP limits, a layout the shop reads, the caller's right to it), then run by the managed executor, one job at a time
 * (an import is CPU- and write-heavy; two would only slow each other). After each committed batch the job's state is
 * saved with its error rows ({@link ImportJobStore}), so a restart resumes queued and running jobs from their last
 * committed row. A seller's job imports for its own seller only and only a seller's catalogue layouts.
 */
@ApplicationScoped
public class ImportJobs implements StartupStep {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @Inject
    ImportService imports;
    @Inject
    ImportSettings settings;
    @Inject
    DataDir dataDir;
    @Resource
    ManagedExecutorService managedExecutor;

    private ImportJobStore store;
    private Executor executor;
    private Clock clock = Clock.systemUTC();
    private final Queue<String> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean working = new AtomicBoolean();

    protected ImportJobs() {
    }

    /** Without CDI (tests): the importers, the jobs' folder, the executor jobs run on. */
    public ImportJobs(ImportService imports, ImportSettings settings, Path root, Executor executor, Clock clock) {
        this.imports = imports;
        this.settings = settings;
        this.store = new ImportJobStore(root);
        this.executor = executor;
        this.clock = clock;
    }

    private ImportJobStore store() {
        if (store == null) {
            store = new ImportJobStore(dataDir.path().resolve("imports"));
        }
        return store;
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }

    @Override
    public Phase phase() {
        return Phase.FIGURES;
    }

    @Override
    public String name() {
        return "import-jobs";
    }

    /** Resumes what a stop interrupted, after the indexes that follow imported products are up; drops old jobs. */
    @Override
    public void onStartup() {
        Instant expired = clock.instant().minus(Duration.ofDays(settings.keepDays()));
        for (ImportJob job : store().all()) {
            if (!job.isFinished()) {
                LOG.info(() -> "resuming import job " + job.id() + " (" + job.fileName() + ") after row " + job.counts().rowsRead());
                store().truncateErrors(job.id(), job.errorsBytes());
                submit(job.id());
            } else if (job.finishedAt().map(at -> at.isBefore(expired)).orElse(false)) {
                store().delete(job.id());
            }
        }
    }

    /**
     * Stores an upload and queues its import. {@code kind} empty: the layout is recognised from the file (name and
     * CSV header). A seller imports for its own seller; an admin for {@code seller} (or the layout's default).
     *
     * @throws UploadTooLargeException beyond the size limits (413)
     * @throws InvalidInputException   an empty or unreadable upload, a ZIP without one catalogue file, a layout the
     *                                 shop does not read or the caller may not use (400)
     */
    public ImportJob upload(Caller caller, String fileName, Optional<String> kind, Optional<String> seller, InputStream body) {
        Optional<String> forSeller = sellerFor(caller, seller);
        String id = UUID.randomUUID().toString();
        Path folder = store().folder(id).resolve("upload");
        String name = ImportUploads.safeName(fileName);
        try {
            Path uploaded = folder.resolve(name);
            ImportUploads.receive(body, uploaded, settings.maxUploadBytes());
            Path data = uploaded;
            if (ImportUploads.isZip(uploaded)) {
                ImportUploads.unzip(uploaded, folder.resolve("unpacked"), settings);
                data = ImportUploads.dataFileIn(folder.resolve("unpacked"));
            }
            Importer importer = layout(caller, kind, data);
            ImportJob job = ImportJob.queued(id, importer.kind(), name, forSeller, caller.name(), data.toString(), clock.instant());
            store().save(job);
            submit(id);
            return job;
        } catch (IOException e) {
            store().delete(id);
            throw new UncheckedIOException("upload not stored: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            store().delete(id);
            throw e;
        }
    }

    /** Queues the import of a file that is on the server (admins; {@code vitrine.import.dir} applies). */
    public ImportJob serverFile(Caller caller, String kind, Path path, Optional<String> seller) {
        caller.requireAdmin();
        Importer importer = imports.importer(kind);
        Path file = imports.checked(path);
        String id = UUID.randomUUID().toString();
        ImportJob job = ImportJob.queued(id, importer.kind(), file.getFileName() == null ? file.toString() : file.getFileName().toString(),
                seller.filter(s -> !s.isBlank()), caller.name(), file.toString(), clock.instant());
        store().save(job);
        submit(id);
        return job;
    }

    /** A job the caller may see: its own seller's, or any for an admin; 404 otherwise (existence is not told). */
    public ImportJob get(Caller caller, String id) {
        return store().load(id).filter(job -> mayRead(caller, job))
                .orElseThrow(() -> new NotFoundException("no import job " + id));
    }

    /** The jobs the caller may see, newest first, at most {@code limit}. */
    public List<ImportJob> list(Caller caller, int limit) {
        return store().all().stream().filter(job -> mayRead(caller, job)).limit(limit).toList();
    }

    /** The job's error file ({@code line,message}), for a job the caller may see. */
    public Path errors(Caller caller, String id) {
        ImportJob job = get(caller, id);
        store().appendErrors(job.id(), List.of()); // writes the header when no row failed yet
        return store().errors(job.id());
    }

    /** The largest upload accepted, in bytes. */
    public long maxUploadBytes() {
        return settings.maxUploadBytes();
    }

    /** The layouts this caller may upload, by wire name. */
    public List<String> layouts(Caller caller) {
        return imports.importers().stream().filter(i -> caller.isAdmin() || i.forSellers()).map(Importer::kind).sorted().toList();
    }

    private static boolean mayRead(Caller caller, ImportJob job) {
        return caller.isAdmin() || caller.sellerId().isPresent() && job.sellerId().equals(caller.sellerId());
    }

    private static Optional<String> sellerFor(Caller caller, Optional<String> asked) {
        Optional<String> named = asked.map(String::strip).filter(s -> !s.isEmpty());
        if (caller.isAdmin()) {
            return named;
        }
        String own = caller.sellerId().orElseThrow(() -> AccessDeniedException.forbidden("imports are for sellers and admins"));
        if (named.isPresent() && !named.get().equals(own)) {
            throw AccessDeniedException.forbidden("a seller imports its own catalogue only");
        }
        return Optional.of(own);
    }

    /** The importer for this upload: the kind named, else the one that recognises the file. */
    private Importer layout(Caller caller, Optional<String> kind, Path data) {
        Optional<String> named = kind.map(String::strip).filter(s -> !s.isEmpty());
        if (named.isPresent()) {
            Importer importer = imports.importer(named.get());
            if (!caller.isAdmin() && !importer.forSellers()) {
                throw new InvalidInputException("kind must be one of " + String.join(", ", layouts(caller)));
            }
            return importer;
        }
        String lower = data.getFileName().toString().toLowerCase(Locale.ROOT);
        Set<String> columns = ImportUploads.header(data);
        return imports.importers().stream()
                .filter(i -> caller.isAdmin() || i.forSellers())
                .filter(i -> i.recognises(lower, columns))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(columns.isEmpty()
                        ? "the upload is not a catalogue this shop reads: a CSV with a header, JSON lines (.jsonl) or a ZIP holding one of them"
                        : "the CSV columns " + abbreviate(String.join(", ", columns)) + " match no layout: see docs/imports.md "
                        + "(the shop's own layout needs id, name, category, sub_category, price)"));
    }

    private void submit(String id) {
        queue.add(id);
        kick();
    }

    private void kick() {
        if (working.compareAndSet(false, true)) {
            try {
                executor().execute(this::drain);
            } catch (RuntimeException e) {
                working.set(false);
                LOG.log(Level.WARNING, "import jobs not started; they run at the next start", e);
            }
        }
    }

    private void drain() {
        try {
            for (String id; (id = queue.poll()) != null; ) {
                run(id);
            }
        } finally {
            working.set(false);
            if (!queue.isEmpty()) {
                kick();
            }
        }
    }

    /** Runs one job to its end; whatever happens is recorded on the job, nothing is thrown. */
    void run(String id) {
        Optional<ImportJob> stored = store().load(id);
        if (stored.isEmpty() || stored.get().isFinished()) {
            return;
        }
        ImportJob start = stored.get();
        JobProgress progress = new JobProgress(start);
        try {
            Importer importer = imports.importer(start.kind());
            store().save(progress.job);
            ImportReport report = importer.importFrom(Path.of(start.source()), start.sellerId(), progress);
            ImportJob done = progress.job.done(report, progress.job.errorsBytes(), clock.instant());
            store().save(done);
            if (start.source().startsWith(store().folder(id).toString())) {
                store().dropUpload(id);
            }
            LOG.info(() -> "import job " + id + " (" + start.kind() + ", " + start.fileName() + "): " + report.rowsRead()
                    + " rows, " + report.imported() + " new, " + report.updated() + " updated, " + report.rejected()
                    + " rejected, " + report.rowsPerSecond() + " rows/s");
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            store().save(progress.job.failed(e.getMessage(), clock.instant()));
            LOG.info(() -> "import job " + id + " failed: " + e.getMessage());
        } catch (RuntimeException e) {
            store().save(progress.job.failed("the import stopped on an unexpected error; the rows before it are stored", clock.instant()));
            LOG.log(Level.WARNING, "import job " + id + " failed", e);
        } catch (Error e) {
            // a StackOverflowError or OutOfMemoryError in one row's parsing: the job ends FAILED with its reason, not
            // RUNNING with no word (it would only resume at the next start, to hit the same row again)
            LOG.log(Level.SEVERE, "import job " + id + " stopped on " + e, e);
            store().save(progress.job.failed("the import stopped on an internal error (" + e.getClass().getSimpleName()
                    + ") after row " + progress.job.counts().rowsRead() + "; the rows before it are stored", clock.instant()));
        }
    }

    /** A job's {@link ImportProgress}: resumes from its saved counts, saves them after each committed batch. */
    private final class JobProgress implements ImportProgress {

        private ImportJob job;

        JobProgress(ImportJob job) {
            this.job = job.running(job.expectedRows());
        }

        @Override
        public Optional<ImportReport> resumeFrom() {
            return job.counts().rowsRead() > 0 ? Optional.of(job.counts()) : Optional.empty();
        }

        @Override
        public void expect(long rows) {
            job = job.running(rows);
            store().save(job);
        }

        @Override
        public void committed(ImportReport soFar, List<ImportReport.RowError> newErrors) {
            long bytes = store().appendErrors(job.id(), newErrors);
            job = job.committed(soFar, bytes);
            store().save(job);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
