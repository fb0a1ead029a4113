package io.vitrine.recommend;

import io.vitrine.events.EventScan;
import io.vitrine.platform.SettingsReader;
import io.vitrine.platform.models.ModelSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * The recommender's configuration, read once (keys and defaults in README): {@code vitrine.recommend.holdout-days},
 * {@code .tolerance}, {@code .train-at-start}, {@code .max-age-hours}, the daily
 * {@code vitrine.recommend.schedule.enabled / .hour / .minute} ({@code .every-minutes} above 0 instead: every few
 * minutes on the wall clock, same moment on every node of a cluster; tests use it), and what a training reads:
 * {@code vitrine.recommend.train.window-days} (0: every event) and {@code .read-max} (events per database query at
 * most; the embedded server holds a query's whole answer in memory), and how diverse a served list must be
 * ({@code vitrine.recommend.diversity.max-seller-share} / {@code .max-sub-category-share}, {@link DiversitySettings}).
 */
public record RecommendSettings(int holdoutDays, double tolerance, boolean trainAtStart, long maxAgeHours,
                                boolean scheduleEnabled, int scheduleHour, int scheduleMinute, int trainWindowDays,
                                int trainReadMax, DiversitySettings diversity, int scheduleEveryMinutes) {

    public RecommendSettings {
        if (trainWindowDays < 0 || trainReadMax < 0) {
            throw new io.vitrine.platform.InvalidInputException(
                    "vitrine.recommend.train.window-days and .read-max must be 0 or more");
        }
        java.util.Objects.requireNonNull(diversity, "diversity");
    }

    /** The documented defaults. */
    public static RecommendSettings defaults() {
        return new RecommendSettings(7, 0.02, true, 24, true, 3, 30, 0, EventScan.READ_MAX, DiversitySettings.defaults(), 0);
    }

    /** The daily retraining (or every few minutes on the clock when {@code .every-minutes} is set), or off. */
    public ModelSchedule schedule() {
        if (!scheduleEnabled) {
            return ModelSchedule.off();
        }
        return scheduleEveryMinutes > 0 ? ModelSchedule.onTheClock(scheduleEveryMinutes)
                : ModelSchedule.daily(scheduleHour, scheduleMinute);
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
                    c.get("schedule.minute", d.scheduleMinute()),
                    c.get("train.window-days", d.trainWindowDays()), c.get("train.read-max", d.trainReadMax()),
                    new DiversitySettings(c.get("diversity.max-seller-share", d.diversity().maxSellerShare()),
                            c.get("diversity.max-sub-category-share", d.diversity().maxSubCategoryShare())),
                    c.get("schedule.every-minutes", d.scheduleEveryMinutes()));
        }
    }
}
