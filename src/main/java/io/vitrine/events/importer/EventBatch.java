package io.vitrine.events.importer;

import io.vitrine.platform.imports.ImportReport;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import io.vitrine.events.EventRepository;
import io.vitrine.events.Interaction;
import io.vitrine.platform.imports.ImportTally;

import java.util.ArrayList;
import java.util.List;

/** Collects events and stores them {@link ImportTally#BATCH_SIZE} at a time; already stored ids count as skipped. */
final class EventBatch {

    private final EventRepository events;
    private final ImportTally tally;
    private final List<Interaction> pending = new ArrayList<>(ImportTally.BATCH_SIZE);

    EventBatch(EventRepository events, ImportTally tally) {
        this.events = events;
        this.tally = tally;
    }

    void add(Interaction event) {
        pending.add(event);
        if (pending.size() >= ImportTally.BATCH_SIZE) {
            flush();
        }
    }

    /**
     * Imports a line-per-event file: blank lines are skipped, a line {@code parse} refuses is reported with its number
     * and the rest is imported.
     */
    static ImportReport importLines(Path file, String kind, EventRepository events, Function<String, Interaction> parse)
            throws IOException {
        ImportTally tally = new ImportTally(kind);
        EventBatch batch = new EventBatch(events, tally);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                tally.rowRead();
                try {
                    batch.add(parse.apply(text));
                } catch (IllegalArgumentException bad) {
                    tally.reject(line, bad.getMessage());
                }
            }
        }
        batch.flush();
        return tally.finish();
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        int stored = events.insertNew(pending);
        tally.imported(stored);
        tally.skipped(pending.size() - stored);
        pending.clear();
    }
}
