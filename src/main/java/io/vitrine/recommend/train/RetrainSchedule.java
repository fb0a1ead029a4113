package io.vitrine.recommend.train;

import io.vitrine.recommend.RecommendationService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
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
 * Retrains the recommendation models every day at {@code vitrine.recommend.schedule.hour}:{@code ...minute}
 * (server time zone). A programmatic calendar timer rather than {@code @Schedule}, whose values are compile-time
 * constants; not persistent, since start-up retrains anyway. It only submits: the service trains off this thread.
 */
@Singleton
@Startup
public class RetrainSchedule {

    private static final Logger LOG = Logger.getLogger(RetrainSchedule.class.getName());

    @Resource
    TimerService timers;
    @Inject
    RecommendationService service;
    @Inject
    @ConfigProperty(name = "vitrine.recommend.schedule.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "vitrine.recommend.schedule.hour", defaultValue = "3")
    String hour;
    @Inject
    @ConfigProperty(name = "vitrine.recommend.schedule.minute", defaultValue = "30")
    String minute;

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("Scheduled retraining of the recommendation models is off");
            return;
        }
        ScheduleExpression daily = new ScheduleExpression().hour(hour).minute(minute).second("0");
        Timer timer = timers.createCalendarTimer(daily, new TimerConfig("recommend-retrain", false));
        LOG.info(() -> "Recommendation models retrain at " + hour + ":" + minute + ", next " + timer.getNextTimeout());
    }

    @Timeout
    void retrain(Timer timer) {
        service.submit("schedule");
    }
}
