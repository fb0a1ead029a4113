package io.vitrine.experiment;

import io.vitrine.platform.DurableFiles;
import io.vitrine.platform.models.DataDir;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Experiments' scoreboards on disk, one JSON file per experiment in {@code <data dir>/experiments}, written whole to a
 * temporary file, synced, then moved over the old one, so a crash leaves the previous or the new file, never half of
 * one. Saved every {@code vitrine.experiment.save-seconds} while it changes, and at pause, stop and shut-down.
 */
@ApplicationScoped
public class ScoreboardStore {

    private static final Logger LOG = Logger.getLogger(ScoreboardStore.class.getName());
    private static final Pattern ID = Pattern.compile("exp-\\d{1,9}");

    @Inject
    DataDir data;

    private Path folder;

    /** For tests: a store in {@code folder}. */
    static ScoreboardStore in(Path folder) {
        ScoreboardStore store = new ScoreboardStore();
        store.folder = folder;
        return store;
    }

    private Path file(String experiment) {
        if (!ID.matcher(experiment).matches()) {
            throw new IllegalArgumentException("not an experiment id: " + experiment);
        }
        return (folder != null ? folder : data.path().resolve("experiments")).resolve(experiment + ".json");
    }

    public void save(String experiment, Scoreboard board) {
        try {
            byte[] json = board.toJson().toString().getBytes(StandardCharsets.UTF_8);
            DurableFiles.replace(file(experiment), out -> out.write(json));
        } catch (IOException e) {
            throw new UncheckedIOException("scoreboard of " + experiment + " not saved", e);
        }
    }

    /** The saved scoreboard, if any; a damaged file is reported and an empty scoreboard starts. */
    public Optional<Scoreboard> load(String experiment) {
        Path f = file(experiment);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(f, StandardCharsets.UTF_8))) {
            JsonObject saved = reader.readObject();
            return Optional.of(Scoreboard.fromJson(saved));
        } catch (IOException | RuntimeException damaged) {
            LOG.log(Level.WARNING, "scoreboard of " + experiment + " unreadable; its figures start again from zero", damaged);
            return Optional.empty();
        }
    }
}
