package io.vitrine.recommend;

import io.vitrine.platform.models.ModelSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
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

        @Inject
        Config config;

        @Produces
        @Singleton
        RecommendSettings settings() {
            RecommendSettings d = defaults();
            return new RecommendSettings(
                    value("vitrine.recommend.holdout-days", Integer.class, d.holdoutDays()),
                    value("vitrine.recommend.tolerance", Double.class, d.tolerance()),
                    value("vitrine.recommend.train-at-start", Boolean.class, d.trainAtStart()),
                    value("vitrine.recommend.max-age-hours", Long.class, d.maxAgeHours()),
                    value("vitrine.recommend.schedule.enabled", Boolean.class, d.scheduleEnabled()),
                    value("vitrine.recommend.schedule.hour", Integer.class, d.scheduleHour()),
                    value("vitrine.recommend.schedule.minute", Integer.class, d.scheduleMinute()));
        }

        private <T> T value(String key, Class<T> type, T fallback) {
            return config.getOptionalValue(key, type).orElse(fallback);
        }
    }
}
