package io.vitrine.chat;

import io.vitrine.chat.faq.FaqEntry;
import io.vitrine.chat.faq.FaqSeed;
import io.vitrine.chat.faq.FaqService;
import io.vitrine.chat.understanding.IntentClassifier;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.LanguageIdentifier;

import io.vitrine.chat.train.IntentRetraining;
import io.vitrine.chat.train.IntentModelTrainer;
import io.vitrine.platform.models.Candidate;
import io.vitrine.platform.models.HoldoutGate;
import io.vitrine.platform.models.ModelEngine;
import io.vitrine.platform.models.ModelFormat;
import io.vitrine.platform.models.ModelSchedule;
import io.vitrine.platform.models.ModelStorage;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.Models;
import io.vitrine.platform.startup.StartupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The served intent model on the shared model lifecycle ({@code chat-intent}). Start-up serves the newest live
 * retrained version ({@code vitrine.data.dir/models/chat}) whose file reads, or else the shipped default
 * ({@code models/chat/intent-model.bin} on the WAR's class path, or {@code vitrine.chat.model-file}). A retraining on
 * the intent corpus plus the FAQ's questions (admin trigger, or every {@code vitrine.chat.retrain.check-minutes} when
 * the corpus or the FAQ changed) goes live only with a held-out accuracy of at least
 * {@code vitrine.chat.retrain.min-accuracy}, and is swapped in atomically.
 */
@ApplicationScoped
public class ChatModels implements ModelEngine<IntentModel>, StartupStep {

    public static final String KIND = "chat-intent";
    static final String DEFAULT_MODEL = "/models/chat/intent-model.bin";
    /** The training data's fingerprint, at the end of a live version's registry note. */
    private static final Pattern DATA = Pattern.compile("data ([0-9a-f]{64})");
    private static final ModelStorage<IntentModel> STORAGE = new ModelStorage<>("chat", "intent-model-v", ".bin",
            new ModelFormat<>() {
                @Override
                public void write(IntentModel model, Path file) throws IOException {
                    model.write(file);
                }

                /** Vitrine's own format (a magic header, then OpenNLP's model): no Java deserialization. */
                @Override
                public IntentModel read(Path file, long version) throws IOException {
                    return IntentModel.read(file);
                }
            });
    private static final Logger LOG = Logger.getLogger(ChatModels.class.getName());

    @Inject
    FaqService faq;
    @Inject
    Models models;
    @Inject
    @ConfigProperty(name = "vitrine.chat.model-file")
    Optional<String> modelFile;
    @Inject
    @ConfigProperty(name = "vitrine.chat.retrain.min-accuracy", defaultValue = "0.75")
    double minAccuracy;
    @Inject
    @ConfigProperty(name = "vitrine.chat.retrain.check-minutes", defaultValue = "15")
    long checkMinutes;

    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Live> live = new AtomicReference<>();

    /** The model in service and the training data it was built from (by fingerprint). */
    private record Live(IntentClassifier classifier, long version, String fingerprint) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ModelStorage<IntentModel> storage() {
        return STORAGE;
    }

    /** Only the floor of {@code vitrine.chat.retrain.min-accuracy} gates (inside the retraining): the live model is not re-scored. */
    @Override
    public HoldoutGate gate() {
        return new HoldoutGate("accuracy", 0, "the held-out fifth");
    }

    @Override
    public ModelSchedule schedule() {
        return ModelSchedule.every(checkMinutes);
    }

    /** Due when the corpus or the FAQ no longer matches the live model's training data. */
    @Override
    public Optional<String> retrainDue() {
        Live l = live.get();
        if (l == null || l.fingerprint().equals(currentFingerprint())) {
            return Optional.empty();
        }
        return Optional.of("schedule: corpus or FAQ changed");
    }

    @Override
    public List<String> phases() {
        return List.of("reading", "training on four fifths", "scoring", "training on all", "saving");
    }

    @Override
    public Optional<LiveModel<IntentModel>> live() {
        return Optional.ofNullable(live.get()).map(l -> new LiveModel<>(l.classifier().model(), l.version()));
    }

    @Override
    public Candidate<IntentModel> train(Optional<LiveModel<IntentModel>> current, Consumer<String> progress) {
        progress.accept("reading the corpus and the FAQ");
        List<IntentExample> data = examples(faq.all());
        String fingerprint = fingerprint(data);
        double threshold = current.map(l -> l.model().threshold()).orElseGet(() -> loadDefault().threshold());
        IntentRetraining.Outcome outcome = new IntentRetraining(IntentModelTrainer.shipped(), minAccuracy)
                .run(data, IntentCorpus.OUT_OF_SCOPE, threshold, progress);
        if (outcome.model().isEmpty()) {
            return Candidate.<IntentModel>refused(outcome.metrics(), outcome.note()).on(0, 0, data.size());
        }
        IntentModel model = outcome.model().get();
        return Candidate.of(model, outcome.metrics(), outcome.note()).on(0, model.intents().size(), data.size())
                .noted(outcome.note() + "; data " + fingerprint);
    }

    @Override
    public void serve(IntentModel model, ModelVersion version, Consumer<String> progress) {
        Matcher m = DATA.matcher(version.note());
        // the shipped model was trained on the corpus; the seeded FAQ's questions are what the shop starts with
        String fingerprint = m.find() ? m.group(1) : fingerprint(examples(FaqSeed.load(clock.instant())));
        live.set(new Live(new IntentClassifier(model, LanguageIdentifier.standard()), version.version(), fingerprint));
        LOG.info(() -> "Chat intent model version " + version.version() + " serving: " + model.intents().size()
                + " intents, threshold " + model.threshold());
    }

    @Override
    public Optional<Shipped<IntentModel>> shipped() {
        IntentModel model = loadDefault();
        return Optional.of(new Shipped<>(model, "shipped default " + DEFAULT_MODEL, Map.of("threshold", model.threshold()),
                model.trainedAt(), model.intents().size(), IntentCorpus.loadAll().size()));
    }

    /** Only retrained versions carry their data's fingerprint. */
    @Override
    public boolean isShipped(ModelVersion version) {
        return !DATA.matcher(version.note()).find();
    }

    /**
     * After the FAQ is seeded (phase MODELS): serves the newest live version whose file reads, else the shipped
     * default, and retrains at once when the corpus or the FAQ changed since that version was trained.
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
        var lifecycle = models.of(this);
        lifecycle.restore();
        if (retrainDue().isPresent()) {
            lifecycle.submit("start-up: the corpus or the FAQ changed since the live model was trained");
        }
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

    private String currentFingerprint() {
        return fingerprint(examples(faq.all()));
    }

    /** The intent corpus and each FAQ question under its intent (when the model knows that intent). */
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
