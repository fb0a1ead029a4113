package io.vitrine.analytics;

import io.vitrine.platform.models.RetrainJob;
import io.vitrine.recommend.RecommendationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The recommendation models as a {@link TrainableModel}: {@link RecommendationService} trains; the daily time is
 * the one its schedule reads ({@code vitrine.recommend.schedule.*}, server time zone).
 */
@ApplicationScoped
public class RecommendTraining implements TrainableModel {

    @Inject
    RecommendationService recommendations;
    @Inject
    @ConfigProperty(name = "vitrine.recommend.schedule.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "vitrine.recommend.schedule.hour", defaultValue = "3")
    int hour;
    @Inject
    @ConfigProperty(name = "vitrine.recommend.schedule.minute", defaultValue = "30")
    int minute;

    @Override
    public String kind() {
        return RecommendationService.KIND;
    }

    @Override
    public RetrainJob submit(String trigger) {
        return recommendations.submit(trigger);
    }

    @Override
    public Optional<RetrainJob> job(String id) {
        return recommendations.job(id);
    }

    @Override
    public Optional<Instant> nextScheduledTraining() {
        return enabled ? Optional.of(nextDaily(hour, minute, Clock.systemDefaultZone())) : Optional.empty();
    }

    @Override
    public List<String> phases() {
        return List.of("reading events", "evaluating", "training");
    }

    /** The next time of day {@code hour:minute} in the clock's zone, strictly after now. */
    static Instant nextDaily(int hour, int minute, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = now.withHour(hour).withMinute(minute).withSecond(0).withNano(0);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return next.toInstant();
    }
}
