package io.vitrine.recommend;

import io.vitrine.platform.SettingsReader;
import io.vitrine.platform.models.ModelSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * The recommender's configuration, read once (keys and defaults in README): {@code vitrine.recommend.holdout-days},
 * {@code .tolerance}, {@code .train-at-start}, {@code .max-age-hours} and the daily
 * {@code vitrine.recommend.schedule.enabled / .hour / .minute}.
 */
public record RecommendSettings(int holdoutDays, double tolerance, boolean trainAtStart, long maxAgeHours,
                                boolean scheduleEnabled, int scheduleHour, int scheduleMinute) {

    /** The documented defaults. */
    public static RecommendSettings defaults() {
        return new RecommendSettings(7, 0.02, true, 24, true, 3, 30);
    }

    /** The daily retraining, or off. */
    public ModelSchedule schedule() {
        return scheduleEnabled ? ModelSchedule.daily(scheduleHour, scheduleMinute) : ModelSchedule.off();
    }

    /** Produces the settings once from MicroProfile Config. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        RecommendSettings settings(Config config) {
            RecommendSettings d = defaults();
            SettingsReader c = new SettingsReader(config, "vitrine.recommend.");
            return new RecommendSettings(c.get("holdout-days", d.holdoutDays()), c.get("tolerance", d.tolerance()),
                    c.get("train-at-start", d.trainAtStart()), c.get("max-age-hours", d.maxAgeHours()),
                    c.get("schedule.enabled", d.scheduleEnabled()), c.get("schedule.hour", d.scheduleHour()),
                    c.get("schedule.minute", d.scheduleMinute()));
        }
    }
}
