package io.vitrine.platform.models;

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

import java.util.logging.Logger;

/**
 * The one timer bean of every model kind: a programmatic timer per kind from its {@link ModelSchedule} (daily
 * calendar timer, a calendar timer every few minutes on the wall clock, or an interval at which the engine is asked
 * whether a retraining is due), since
 * {@code @Schedule} values are compile-time constants. Not persistent: start-up restores or retrains anyway. It
 * only submits; training runs on the managed executor.
 */
@Singleton
@Startup
public class ModelSchedules {

    private static final Logger LOG = Logger.getLogger(ModelSchedules.class.getName());

    @Resource
    TimerService timers;
    @Inject
    Models models;

    @PostConstruct
    void schedule() {
        for (ModelLifecycle<?> lifecycle : models.all()) {
            String kind = lifecycle.kind();
            ModelSchedule schedule = lifecycle.engine().schedule();
            if (schedule instanceof ModelSchedule.Daily d) {
                ScheduleExpression daily = new ScheduleExpression().hour(d.hour()).minute(d.minute()).second(0);
                Timer timer = timers.createCalendarTimer(daily, new TimerConfig(kind, false));
                LOG.info(() -> kind + " retrains daily at " + d.hour() + ":" + d.minute() + ", next " + timer.getNextTimeout());
            } else if (schedule instanceof ModelSchedule.OnTheClock c) {
                ScheduleExpression clock = new ScheduleExpression().hour("*").minute(c.minutes() == 60 ? "0" : "*/" + c.minutes()).second(0);
                Timer timer = timers.createCalendarTimer(clock, new TimerConfig(kind, false));
                LOG.info(() -> kind + " retrains every " + c.minutes() + " min on the clock, next " + timer.getNextTimeout());
            } else if (schedule instanceof ModelSchedule.Every e) {
                long every = e.minutes() * 60_000L;
                timers.createIntervalTimer(every, every, new TimerConfig(kind, false));
                LOG.info(() -> kind + ": checked for a due retraining every " + e.minutes() + " min");
            } else {
                LOG.info(() -> "Scheduled retraining of " + kind + " is off");
            }
        }
    }

    @Timeout
    void tick(Timer timer) {
        String kind = (String) timer.getInfo();
        models.lifecycle(kind).flatMap(ModelLifecycle::retrainIfDue)
                .ifPresent(job -> LOG.info(() -> kind + " retraining started: " + job.trigger()));
    }
}
