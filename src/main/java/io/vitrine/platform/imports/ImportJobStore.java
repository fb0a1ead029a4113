package io.vitrine.platform.imports;

import io.vitrine.platform.DurableFiles;
import io.vitrine.platform.web.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Import jobs on disk, one folder each under {@code <data dir>/imports/<job id>}: {@code job.properties} (the state,
 * replaced atomically after each committed batch), the uploaded file ({@code upload/}, a ZIP unpacked beside it) and
 * {@code errors.csv} (line, message), appended as batches commit. Files, not the database, because the upload is a
 * file anyway and a job must survive a restart with its file.
 */
final class ImportJobStore {

    private static final Pattern ID = Pattern.compile("[a-f0-9-]{36}");
    static final String ERRORS_HEADER = "line,message\r\n";

    private final Path root;

    ImportJobStore(Path root) {
        this.root = root;
    }

    static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The job's folder; ids are UUIDs, so nothing else can be named. */
    Path folder(String id) {
        if (!validId(id)) {
            throw new IllegalArgumentException("not a job id: " + id);
        }
        return root.resolve(id);
    }

    Path errors(String id) {
        return folder(id).resolve("errors.csv");
    }

    void save(ImportJob job) {
        Properties p = new Properties();
        p.setProperty("id", job.id());
        p.setProperty("kind", job.kind());
        p.setProperty("fileName", job.fileName());
        job.sellerId().ifPresent(s -> p.setProperty("sellerId", s));
        p.setProperty("owner", job.owner());
        p.setProperty("source", job.source());
        p.setProperty("state", job.state().name());
        p.setProperty("expectedRows", Long.toString(job.expectedRows()));
        ImportReport c = job.counts();
        p.setProperty("rowsRead", Long.toString(c.rowsRead()));
        p.setProperty("imported", Long.toString(c.imported()));
        p.setProperty("updated", Long.toString(c.updated()));
        p.setProperty("skippedDuplicates", Long.toString(c.skippedDuplicates()));
        p.setProperty("rejected", Long.toString(c.rejected()));
        p.setProperty("errorsTruncated", Boolean.toString(c.errorsTruncated()));
        p.setProperty("elapsedMillis", Long.toString(c.elapsedMillis()));
        p.setProperty("rowsPerSecond", Double.toString(c.rowsPerSecond()));
        p.setProperty("errorsBytes", Long.toString(job.errorsBytes()));
        p.setProperty("message", job.message());
        p.setProperty("submittedAt", job.submittedAt().toString());
        job.finishedAt().ifPresent(at -> p.setProperty("finishedAt", at.toString()));
        try {
            // a job's resume point never goes back after a crash, not even after a power cut
            DurableFiles.replace(folder(job.id()).resolve("job.properties"), out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, "import job");
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("import job " + job.id() + " not saved", e);
        }
    }

    Optional<ImportJob> load(String id) {
        if (!validId(id)) {
            return Optional.empty();
        }
        Path file = folder(id).resolve("job.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("import job " + id + " unreadable", e);
        }
        String kind = p.getProperty("kind", "");
        ImportReport counts = new ImportReport(kind, number(p, "rowsRead"), number(p, "imported"), number(p, "updated"),
                number(p, "skippedDuplicates"), number(p, "rejected"), List.of(),
                Boolean.parseBoolean(p.getProperty("errorsTruncated")), number(p, "elapsedMillis"),
                Double.parseDouble(p.getProperty("rowsPerSecond", "0")));
        return Optional.of(new ImportJob(p.getProperty("id"), kind, p.getProperty("fileName", ""),
                Optional.ofNullable(p.getProperty("sellerId")), p.getProperty("owner", ""), p.getProperty("source", ""),
                ImportJob.State.valueOf(p.getProperty("state")), number(p, "expectedRows"), counts,
                number(p, "errorsBytes"), p.getProperty("message", ""), Instant.parse(p.getProperty("submittedAt")),
                Optional.ofNullable(p.getProperty("finishedAt")).map(Instant::parse)));
    }

    private static long number(Properties p, String key) {
        return Long.parseLong(p.getProperty(key, "0"));
    }

    /** Every stored job, newest first. */
    List<ImportJob> all() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<ImportJob> jobs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            folders.map(f -> f.getFileName().toString()).filter(ImportJobStore::validId).forEach(id -> {
                try {
                    load(id).ifPresent(jobs::add);
                } catch (RuntimeException e) {
                    // a half-written or damaged job is not listed; the others are
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("import jobs unreadable", e);
        }
        jobs.sort(Comparator.comparing(ImportJob::submittedAt).reversed());
        return jobs;
    }

    /**
     * Appends rows to the job's error file (cells neutralised: it is opened in spreadsheets), on disk when this returns
     * (the job's state saved next counts them; a new file's name is made durable by that {@link #save}); its new length.
     */
    long appendErrors(String id, List<ImportReport.RowError> errors) {
        Path file = errors(id);
        boolean fresh = !Files.exists(file);
        if (!fresh && errors.isEmpty()) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("errors of import job " + id + " unreadable", e);
            }
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            Writer w = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8));
            if (fresh) {
                w.write(ERRORS_HEADER);
            }
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT);
            for (ImportReport.RowError e : errors) {
                csv.printRecord(e.line(), SpreadsheetCells.neutralise(e.message()));
            }
            csv.flush();
            channel.force(false);
            return channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException("errors of import job " + id + " not written", e);
        }
    }

    /** Cuts the error file back to what the last committed batch had written (rows after it are read again). */
    void truncateErrors(String id, long bytes) {
        Path file = errors(id);
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("errors of import job " + id + " not restored", e);
        }
    }

    /** Removes the uploaded file (and what a ZIP unpacked to) once the job is done; state and errors stay. */
    void dropUpload(String id) {
        deleteTree(folder(id).resolve("upload"));
    }

    void delete(String id) {
        deleteTree(folder(id));
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // left for the next clean-up
        }
    }
}
