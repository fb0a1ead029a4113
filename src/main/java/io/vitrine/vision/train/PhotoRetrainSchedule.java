package io.vitrine.vision.train;

import io.vitrine.vision.VisionService;
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
 * Every {@code vitrine.vision.retrain.check-minutes}, retrains the photo model if at least
 * {@code vitrine.vision.retrain.min-changed-photos} catalogue photos were added or removed since the live model was
 * trained. An interval timer, not {@code @Schedule}, whose values are compile-time constants; not persistent, since
 * the count of changes lives in memory. It only submits: the service trains off this thread.
 */
@Singleton
@Startup
public class PhotoRetrainSchedule {

    private static final Logger LOG = Logger.getLogger(PhotoRetrainSchedule.class.getName());

    @Resource
    TimerService timers;
    @Inject
    VisionService service;
    @Inject
    @ConfigProperty(name = "vitrine.vision.retrain.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "vitrine.vision.retrain.check-minutes", defaultValue = "60")
    long checkMinutes;
    @Inject
    @ConfigProperty(name = "vitrine.vision.retrain.min-changed-photos", defaultValue = "200")
    int minChangedPhotos;

    @PostConstruct
    void schedule() {
        if (!enabled || checkMinutes <= 0) {
            LOG.info("Scheduled retraining of the photo model is off");
            return;
        }
        long every = checkMinutes * 60_000L;
        timers.createIntervalTimer(every, every, new TimerConfig("vision-retrain-check", false));
        LOG.info(() -> "Photo model retrains when " + minChangedPhotos + " photos changed; checked every " + checkMinutes + " min");
    }

    @Timeout
    void check(Timer timer) {
        service.retrainIfChanged(minChangedPhotos, "schedule: " + service.changedPhotos() + " photos changed")
                .ifPresent(job -> LOG.info(() -> "Photo model retraining started: " + job.id()));
    }
}
