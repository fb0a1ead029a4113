package io.vitrine.chat.train;

import io.vitrine.chat.ChatModels;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Every {@code vitrine.chat.retrain.check-minutes} minutes (0 turns it off), asks {@link ChatModels} to retrain the
 * intent model if the corpus or the FAQ changed since the live model was trained. A programmatic interval timer
 * (the period is configuration, not a compile-time constant), not persistent; it only submits, training runs on the
 * managed executor.
 */
@Singleton
@Startup
public class ChatRetrainSchedule {

    private static final Logger LOG = Logger.getLogger(ChatRetrainSchedule.class.getName());

    @Resource
    TimerService timers;
    @Inject
    ChatModels models;
    @Inject
    @ConfigProperty(name = "vitrine.chat.retrain.check-minutes", defaultValue = "15")
    long minutes;

    @PostConstruct
    void schedule() {
        if (minutes <= 0) {
            LOG.info("Checking the chat corpus and FAQ for retraining is off");
            return;
        }
        long period = minutes * 60_000L;
        timers.createIntervalTimer(period, period, new TimerConfig("chat-retrain-check", false));
        LOG.info(() -> "Chat intent model: corpus and FAQ checked for changes every " + minutes + " min");
    }

    @Timeout
    void check(Timer timer) {
        models.retrainIfChanged().ifPresent(job -> LOG.info(() -> "Chat intent retraining started: " + job.trigger()));
    }
}
