package io.vitrine.events.importer;

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
