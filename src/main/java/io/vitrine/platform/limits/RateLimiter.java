package io.vitrine.platform.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The shop's budgets: one Bucket4j token bucket per budget and caller (an IP, a key or an account), refilled
 * continuously at the configured rate. Buckets live in a Caffeine cache per budget, bounded in size (least recently
 * used go first) and dropped once untouched for a full period (by then the bucket would be full again anyway), so
 * a flood of addresses cannot grow the heap.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    LimitsConfig config;

    private TimeMeter time = TimeMeter.SYSTEM_NANOTIME;
    private final Map<Budget, Cache<String, Bucket>> buckets = new EnumMap<>(Budget.class);

    protected RateLimiter() {
    }

    /** With a clock of its own (tests). */
    public RateLimiter(LimitsConfig config, TimeMeter time) {
        this.config = config;
        this.time = time;
    }

    /** Spends one unit of {@code who}'s {@code budget}, or refuses with how long until one is back. */
    public void check(Budget budget, String who) {
        if (!config.enabled()) {
            return;
        }
        LimitsConfig.Rate rate = config.rate(budget);
        Bucket bucket = cache(budget).get(who, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(rate.tokens()).refillGreedy(rate.tokens(), rate.period()))
                .withCustomTimePrecision(time).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
            throw new TooManyRequestsException("too many " + budget.key() + " requests (at most " + rate
                    + "); try again in " + Math.max(1, seconds) + " s", seconds);
        }
    }

    /** How many callers each budget remembers now (bounded by {@code vitrine.limits.max-tracked}). */
    public long tracked(Budget budget) {
        Cache<String, Bucket> cache = cache(budget);
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private synchronized Cache<String, Bucket> cache(Budget budget) {
        return buckets.computeIfAbsent(budget, b -> Caffeine.newBuilder()
                .maximumSize(config.maxTracked())
                .expireAfterAccess(config.rate(b).period().plus(Duration.ofSeconds(1)))
                .build());
    }

    public TimeMeter time() {
        return time;
    }

    public LimitsConfig config() {
        return config;
    }
}
