package io.vitrine.platform.imports;

import io.vitrine.platform.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An uploaded catalogue on its way to a job: stored with a size limit, a ZIP unpacked with limits (entries, total
 * size, compression ratio, no path leaving the folder: a "zip bomb" or a crafted entry is refused before it fills the
 * disk), the data file found in it and its CSV header read to pick the layout.
 */
final class ImportUploads {

    private static final Set<String> DATA_SUFFIXES = Set.of(".csv", ".jsonl", ".ndjson");

    private ImportUploads() {
    }

    /** A file name safe to store: its last path part, only letters, digits, '.', '-' and '_'. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    /** Copies the upload to {@code target}, refusing (and removing) it once it passes {@code maxBytes}. */
    static void receive(InputStream body, Path target, long maxBytes) throws IOException {
        Files.createDirectories(target.getParent());
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = body.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new UploadTooLargeException("the upload is larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (UploadTooLargeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        if (total == 0) {
            Files.deleteIfExists(target);
            throw new InvalidInputException("the upload is empty");
        }
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /** Unpacks {@code zip} into {@code dir} within the limits of {@code settings}. */
    static void unzip(Path zip, Path dir, ImportSettings settings) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        Files.createDirectories(root);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() > settings.maxZipEntries()) {
                throw new UploadTooLargeException("the ZIP holds " + file.size() + " files; at most "
                        + settings.maxZipEntries() + " are accepted");
            }
            long unpacked = 0;
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.getName().contains("\\")) {
                    throw new InvalidInputException("the ZIP entry '" + abbreviate(entry.getName()) + "' points outside the upload");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                unpacked += copyEntry(file, entry, target, settings, settings.maxUnpackedBytes() - unpacked);
            }
        } catch (ZipException e) {
            throw new InvalidInputException("the upload is not a readable ZIP: " + e.getMessage());
        }
    }

    /** Copies one entry, counting what it really unpacks to (the sizes a ZIP declares can lie). */
    private static long copyEntry(ZipFile file, ZipEntry entry, Path target, ImportSettings settings, long budget)
            throws IOException {
        long packed = Math.max(1, entry.getCompressedSize());
        long written = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > budget) {
                    throw new UploadTooLargeException("the ZIP unpacks to more than " + settings.maxUnpackedBytes() + " bytes");
                }
                if (written > 1_000_000 && written / packed > settings.maxZipRatio()) {
                    throw new UploadTooLargeException("the ZIP entry '" + abbreviate(entry.getName())
                            + "' unpacks to more than " + settings.maxZipRatio() + " times its packed size (a zip bomb?)");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** The one catalogue file of an unpacked ZIP: the shallowest CSV or JSON-lines file ({@code styles.csv} first). */
    static Path dataFileIn(Path dir) throws IOException {
        List<Path> candidates;
        try (Stream<Path> all = Files.walk(dir)) {
            candidates = all.filter(Files::isRegularFile).filter(p -> isDataFile(p.getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().startsWith("._")) // macOS resource forks
                    .sorted(Comparator.comparingInt((Path p) -> p.getNameCount())
                            .thenComparing(p -> !p.getFileName().toString().equals("styles.csv"))
                            .thenComparing(Path::toString))
                    .toList();
        }
        if (candidates.isEmpty()) {
            throw new InvalidInputException("the ZIP holds no catalogue: put one .csv or .jsonl file in it, photos beside it");
        }
        Path first = candidates.get(0);
        long sameDepth = candidates.stream().filter(p -> p.getNameCount() == first.getNameCount()).count();
        if (sameDepth > 1 && !first.getFileName().toString().equals("styles.csv")) {
            throw new InvalidInputException("the ZIP holds several catalogue files side by side; put exactly one in it");
        }
        return first;
    }

    static boolean isDataFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return DATA_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /**
     * The column names of a CSV header, empty when the file is not UTF-8 text with a header (a photo, a
     * spreadsheet, JSON lines): such a file is no CSV layout.
     */
    static Set<String> header(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            String first = reader.readLine();
            if (first == null || first.indexOf('\0') >= 0) {
                return Set.of();
            }
            try (CSVParser parser = CSVParser.parse(first, CSVFormat.DEFAULT.builder().setHeader().get())) {
                return new LinkedHashSet<>(parser.getHeaderNames().stream().map(String::strip).toList());
            }
        } catch (CharacterCodingException | IllegalArgumentException | UncheckedIOException e) {
            return Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException("upload unreadable", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
