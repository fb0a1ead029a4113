package io.vitrine.chat;

import io.vitrine.platform.startup.StartupStep;
import io.vitrine.chat.train.IntentRetraining;
import io.vitrine.chat.train.TrainingOptions;
import io.vitrine.platform.models.ModelRegistry;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.RetrainJob;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The served intent model. Start-up loads the newest live retrained version ({@code vitrine.data.dir/models/chat}) or
 * else the shipped default ({@code models/chat/intent-model.bin}, on the WAR's class path, or
 * {@code vitrine.chat.model-file}); a retraining on the intent corpus plus the FAQ's
 * questions (admin trigger, or the timer when the corpus or the FAQ changed) is recorded in the {@link ModelRegistry}
 * and swapped in atomically; a failed or rejected one leaves the live model serving.
 */
@ApplicationScoped
public class ChatModels implements StartupStep {

    public static final String KIND = "chat-intent";
    static final String DEFAULT_MODEL = "/models/chat/intent-model.bin";
    /** The training data's fingerprint, at the end of a live version's registry note. */
    private static final Pattern DATA = Pattern.compile("data ([0-9a-f]{64})");
    private static final Logger LOG = Logger.getLogger(ChatModels.class.getName());

    @Inject
    ModelRegistry registry;
    @Inject
    FaqService faq;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "vitrine.chat.model-file")
    Optional<String> modelFile;
    @Inject
    @ConfigProperty(name = "vitrine.chat.retrain.min-accuracy", defaultValue = "0.75")
    double minAccuracy;
    @Inject
    @ConfigProperty(name = "vitrine.data.dir", defaultValue = "./data")
    String dataDir;

    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Live> live = new AtomicReference<>();
    private final Map<String, RetrainJob> jobs = new ConcurrentHashMap<>();
    private final AtomicReference<String> running = new AtomicReference<>();

    /** The model in service and the training data it was built from (by fingerprint). */
    private record Live(IntentClassifier classifier, long version, String fingerprint) {
    }

    /**
     * After the FAQ is seeded (phase MODELS). The newest live retrained version wins when its file is
     * still under {@code vitrine.data.dir/models/chat}; otherwise the shipped default serves.
     */
    @Override
    public Phase phase() {
        return Phase.MODELS;
    }

    @Override
    public String name() {
        return "1-chat-model";
    }

    @Override
    public void onStartup() {
        if (registry.lastVersion(KIND) == 0) {
            IntentModel shippedModel = loadDefault();
            registry.record(new ModelVersion(KIND, 1, shippedModel.trainedAt(), 0, shippedModel.intents().size(),
                    IntentCorpus.loadAll().size(), Map.of("threshold", shippedModel.threshold()), ModelVersion.Status.LIVE,
                    "shipped default " + DEFAULT_MODEL));
        }
        Live loaded = registry.latestLive(KIND).flatMap(this::retrained).orElseGet(() -> {
            // the shipped model was trained on the corpus; the seeded FAQ's questions are what the shop starts with
            IntentModel model = loadDefault();
            return new Live(new IntentClassifier(model, LanguageIdentifier.standard()), 1,
                    fingerprint(examples(FaqSeed.load(clock.instant()))));
        });
        live.set(loaded);
        LOG.info(() -> "Chat intent model version " + loaded.version() + " serving: " + loaded.classifier().model().intents().size()
                + " intents, threshold " + loaded.classifier().model().threshold());
        if (!loaded.fingerprint().equals(currentFingerprint())) {
            submit("start-up: the corpus or the FAQ changed since the live model was trained");
        }
    }

    /** A retrained version saved by {@link #run}, if its file and its data fingerprint are there. */
    private Optional<Live> retrained(ModelVersion v) {
        Matcher m = DATA.matcher(v.note());
        Path file = modelFile(v.version());
        if (v.version() <= 1 || !m.find() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Live(new IntentClassifier(IntentModel.read(file), LanguageIdentifier.standard()), v.version(), m.group(1)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Chat intent model " + file + " unreadable; the shipped default serves", e);
            return Optional.empty();
        }
    }

    private Path modelFile(long version) {
        return Path.of(dataDir, "models", "chat", "intent-model-v" + version + ".bin");
    }

    private IntentModel loadDefault() {
        try {
            if (modelFile != null && modelFile.isPresent()) {
                return IntentModel.read(Path.of(modelFile.get()));
            }
            try (InputStream in = ChatModels.class.getResourceAsStream(DEFAULT_MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + DEFAULT_MODEL + " (the build copies models/chat into the classes)");
                }
                return IntentModel.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chat intent model", e);
        }
    }

    public IntentClassifier classifier() {
        Live l = live.get();
        if (l == null) {
            throw new ChatUnavailableException("the chat model is loading; retry in a few seconds");
        }
        return l.classifier();
    }

    public long liveVersion() {
        Live l = live.get();
        return l == null ? 0 : l.version();
    }

    /** Retrains when the corpus or the FAQ no longer matches the live model's training data; called by the timer. */
    public Optional<RetrainJob> retrainIfChanged() {
        Live l = live.get();
        if (l == null || l.fingerprint().equals(currentFingerprint())) {
            return Optional.empty();
        }
        return Optional.of(submit("schedule: corpus or FAQ changed"));
    }

    /** Starts a retraining in the background, or returns the one already running. */
    public RetrainJob submit(String trigger) {
        String id = UUID.randomUUID().toString();
        if (!running.compareAndSet(null, id)) {
            return jobs.get(running.get());
        }
        jobs.put(id, RetrainJob.queued(id, trigger, clock.instant()));
        try {
            executor.execute(() -> run(id));
        } catch (RuntimeException e) {
            running.set(null);
            jobs.computeIfPresent(id, (k, j) -> j.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), "not started: " + e));
        }
        return jobs.get(id);
    }

    public Optional<RetrainJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(String id) {
        try {
            jobs.computeIfPresent(id, (k, j) -> j.at("reading the corpus and the FAQ"));
            List<IntentExample> data = examples(faq.all());
            String fingerprint = fingerprint(data);
            Live current = live.get();
            long version = Math.max(registry.lastVersion(KIND), current == null ? 0 : current.version()) + 1;
            IntentRetraining.Outcome outcome;
            try {
                outcome = new IntentRetraining(TrainingOptions.defaults(), minAccuracy).run(data, IntentCorpus.OUT_OF_SCOPE,
                        current.classifier().model().threshold(), phase -> jobs.computeIfPresent(id, (k, j) -> j.at(phase)));
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "Chat intent training failed; the live model keeps serving", e);
                registry.record(new ModelVersion(KIND, version, clock.instant(), 0, 0, data.size(), Map.of(),
                        ModelVersion.Status.FAILED, String.valueOf(e)));
                jobs.computeIfPresent(id, (k, j) -> j.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(),
                        "training failed: " + e));
                return;
            }
            if (outcome.model().isEmpty()) {
                registry.record(new ModelVersion(KIND, version, clock.instant(), 0, 0, data.size(), outcome.metrics(),
                        ModelVersion.Status.REJECTED, outcome.note()));
                jobs.computeIfPresent(id, (k, j) -> j.finished(RetrainJob.State.REJECTED, clock.instant(), Optional.of(version),
                        outcome.note()));
                return;
            }
            IntentModel model = outcome.model().get();
            jobs.computeIfPresent(id, (k, j) -> j.at("saving and swapping in version " + version));
            try {
                model.write(modelFile(version));
            } catch (IOException e) {
                // it still serves; only a restart falls back to the shipped default
                LOG.log(Level.WARNING, "Chat intent model version " + version + " not saved", e);
            }
            live.set(new Live(new IntentClassifier(model, LanguageIdentifier.standard()), version, fingerprint));
            registry.record(new ModelVersion(KIND, version, clock.instant(), 0, model.intents().size(), data.size(),
                    outcome.metrics(), ModelVersion.Status.LIVE, outcome.note() + "; data " + fingerprint));
            LOG.info(() -> "Chat intent model version " + version + " live: " + outcome.note());
            jobs.computeIfPresent(id, (k, j) -> j.finished(RetrainJob.State.LIVE, clock.instant(), Optional.of(version), outcome.note()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Chat intent retraining failed", e);
            jobs.computeIfPresent(id, (k, j) -> j.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), String.valueOf(e)));
        } finally {
            running.set(null);
        }
    }

    private String currentFingerprint() {
        return fingerprint(examples(faq.all()));
    }

    /** The intent corpus plus each FAQ question under its intent (when the model knows that intent). */
    static List<IntentExample> examples(List<FaqEntry> faqEntries) {
        List<IntentExample> all = new ArrayList<>(IntentCorpus.loadAll());
        Set<String> intents = IntentCorpus.counts(all).keySet();
        for (FaqEntry e : faqEntries) {
            if (intents.contains(e.intent())) {
                all.add(new IntentExample(e.intent(), e.question()));
            }
        }
        return List.copyOf(all);
    }

    /** SHA-256 of the training data in a canonical order (the FAQ's storage order is not stable). */
    static String fingerprint(List<IntentExample> examples) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            examples.stream().map(e -> e.intent() + "\t" + e.text() + "\n").sorted()
                    .forEach(s -> sha.update(s.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
