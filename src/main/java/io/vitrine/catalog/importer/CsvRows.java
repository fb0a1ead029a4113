package io.vitrine.catalog.importer;

import io.vitrine.catalog.ProductId;

import io.vitrine.platform.imports.ImportTally;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Streams a CSV file with a header, record by record, handing each one over with the physical line it starts on
 * (descriptions may span several lines, so the record number is not the line number).
 */
final class CsvRows {

    private CsvRows() {
    }

    /**
     * Calls {@code row} for each record; a row it refuses with an {@link IllegalArgumentException} is reported with its
     * line number and the import goes on. A file lacking one of the {@code required} columns is refused as a whole.
     * Broken quoting makes the rest of the file unreadable: it is reported at the line where it starts. Rows an
     * earlier run of a resumed import committed are passed over ({@link ImportTally#alreadyCommitted}).
     */
    static void forEach(Path file, List<String> required, ImportTally tally, BiConsumer<Long, CSVRecord> row)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).get(); // blank lines come through (and are skipped below) so line numbers stay exact
        tally.expect(Math.max(0, records(file) - 1));
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            skipByteOrderMark(reader);
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                List<String> missing = required.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException(file.getFileName() + " lacks the columns " + missing
                            + " (found " + parser.getHeaderNames() + ")");
                }
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    long line = parser.getCurrentLineNumber() + 1;
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | IllegalStateException broken) {
                        tally.rowRead();
                        tally.reject(line, "unreadable CSV from here on (" + rootMessage(broken) + ")");
                        break;
                    }
                    if (record.size() == 1 && record.get(0).isBlank() || tally.alreadyCommitted()) {
                        continue;
                    }
                    tally.rowRead();
                    try {
                        row.accept(line, record);
                    } catch (IllegalArgumentException bad) {
                        tally.reject(line, bad.getMessage());
                    }
                }
            }
        }
    }

    /**
     * The records of a CSV file (its header included), counted on its bytes: a line break inside a quoted cell (a
     * description over several lines) does not end a record. Cheap next to parsing: the expected rows of a job.
     */
    static long records(Path file) throws IOException {
        long records = 0;
        boolean quoted = false;
        byte last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted; // an escaped quote ("") toggles twice
                    } else if (b == '\n' && !quoted) {
                        records++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? records : records + 1;
    }

    /** The lines of a file (JSON lines: one record a line), counted on its bytes. */
    static long lines(Path file) throws IOException {
        long lines = 0;
        byte last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The trimmed value of a column, empty when the row lacks it. */
    static String value(CSVRecord r, String column) {
        return r.isSet(column) ? r.get(column).strip() : "";
    }

    static String required(CSVRecord r, String column) {
        String v = value(r, column);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("missing " + column);
        }
        return v;
    }

    /** A row's source reference: its source's prefix and its {@code column}, refused when that makes no valid id. */
    static String sourceRef(CSVRecord r, String column, String sourcePrefix) {
        String sourceId = required(r, column);
        String sourceRef = sourcePrefix + sourceId;
        if (!ProductId.isValid(sourceRef.replace(':', '-'))) {
            throw new IllegalArgumentException("invalid " + column + " '" + sourceId + "'");
        }
        return sourceRef;
    }
}
