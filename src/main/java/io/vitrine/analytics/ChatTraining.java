package io.vitrine.analytics;

import io.vitrine.chat.ChatModels;
import io.vitrine.platform.models.RetrainJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The chat assistant's intent model as a {@link TrainableModel}. A timer retrains it when the corpus or the FAQ
 * changed, so it has no fixed next date either.
 */
@ApplicationScoped
public class ChatTraining implements TrainableModel {

    @Inject
    ChatModels chat;

    @Override
    public String kind() {
        return ChatModels.KIND;
    }

    @Override
    public RetrainJob submit(String trigger) {
        return chat.submit(trigger);
    }

    @Override
    public Optional<RetrainJob> job(String id) {
        return chat.job(id);
    }

    @Override
    public Optional<Instant> nextScheduledTraining() {
        return Optional.empty();
    }

    @Override
    public List<String> phases() {
        return List.of("reading", "training on four fifths", "scoring", "training on all", "saving");
    }
}
