package io.vitrine.experiment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Saves the experiments' scoreboards that changed, every 30 seconds (not persistent: nothing to catch up after a stop). */
@Singleton
public class ScoreboardSaver {

    @Inject
    ExperimentService experiments;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void save() {
        experiments.saveBoards();
    }
}
