package io.vitrine.chat.faq;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.startup.StartupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The FAQ / policy pages: seeded from {@link FaqSeed} when the collection is empty, searched through a {@link FaqIndex}
 * rebuilt and swapped after every admin edit, and counted by {@link #revision()} so the intent model's retraining
 * notices edits (each FAQ question is also a training utterance of its intent).
 */
@ApplicationScoped
public class FaqService implements StartupStep {

    private static final Logger LOG = Logger.getLogger(FaqService.class.getName());

    @Inject
    FaqRepository repository;

    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<FaqIndex> index = new AtomicReference<>(FaqIndex.of(List.of()));
    private final AtomicLong revision = new AtomicLong();

    /** Seeds before the chat model starts (phase DATA). */
    @Override
    public Phase phase() {
        return Phase.DATA;
    }

    @Override
    public String name() {
        return "2-faq-pages";
    }

    @Override
    public void onStartup() {
        if (repository.count() == 0) {
            List<FaqEntry> seed = FaqSeed.load(clock.instant());
            seed.forEach(repository::save);
            LOG.info(() -> "Seeded " + seed.size() + " FAQ / policy entries");
        }
        reindex();
    }

    public List<FaqEntry> all() {
        return repository.findAll().stream().sorted(Comparator.comparing(FaqEntry::id)).toList();
    }

    public Optional<FaqEntry> find(String id) {
        return repository.find(id);
    }

    public Optional<FaqEntry> best(String question, String intent, ChatLanguage lang) {
        return index.get().best(question, intent, lang);
    }

    /** Creates or replaces an entry (admins only). */
    public FaqEntry save(@NotNull Caller caller, @NotNull FaqEntry entry) {
        caller.requireAdmin();
        FaqEntry saved = repository.save(entry);
        reindex();
        return saved;
    }

    public void delete(@NotNull Caller caller, @NotBlank String id) {
        caller.requireAdmin();
        if (!repository.delete(id)) {
            throw new NotFoundException("no FAQ entry " + id);
        }
        reindex();
    }

    /** Grows with every edit since start-up. */
    public long revision() {
        return revision.get();
    }

    private void reindex() {
        index.set(FaqIndex.of(repository.findAll()));
        revision.incrementAndGet();
    }
}
