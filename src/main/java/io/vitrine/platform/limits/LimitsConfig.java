package io.vitrine.platform.limits;

import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every abuse budget, read once from MicroProfile Config. A rate is {@code <n>/<period>} with the period
 * {@code s}, {@code min}, {@code h} or {@code d} ({@code vitrine.limits.chat=120/min}); the defaults let a busy
 * shopper, and the test suites that drive the shop from one address, through.
 *
 * @param enabled      {@code vitrine.limits.enabled}: false turns every budget and lockout off
 * @param rates        {@code vitrine.limits.<budget>}: each budget's rate
 * @param login        {@code vitrine.limits.login.*}: lockout after failed log-ins
 * @param maxTracked   {@code vitrine.limits.max-tracked}: at most this many callers remembered per budget (LRU)
 */
public record LimitsConfig(boolean enabled, Map<Budget, Rate> rates, Lockout login, int maxTracked) {

    /** {@code tokens} per {@code period}, refilled continuously; a full bucket allows a burst of {@code tokens}. */
    public record Rate(long tokens, Duration period) {
        public Rate {
            if (tokens < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate is at least 1 per positive period");
            }
        }

        public static Rate parse(String text) {
            String[] parts = text.strip().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a rate looks like 60/min, got " + text);
            }
            Duration period = switch (parts[1].strip()) {
                case "s" -> Duration.ofSeconds(1);
                case "min" -> Duration.ofMinutes(1);
                case "h" -> Duration.ofHours(1);
                case "d" -> Duration.ofDays(1);
                default -> throw new IllegalArgumentException("a rate's period is s, min, h or d, got " + text);
            };
            return new Rate(Long.parseLong(parts[0].strip()), period);
        }

        @Override
        public String toString() {
            return tokens + " per " + period;
        }
    }

    /**
     * After {@code maxFailures} failed log-ins in a row for an account ({@code ipMaxFailures} for an address), each
     * further attempt is refused for {@code firstLock}, doubled at every new failure up to {@code maxLock}; failures
     * are forgotten {@code window} after the last one, and an account's at its next successful log-in.
     */
    public record Lockout(int maxFailures, int ipMaxFailures, Duration firstLock, Duration maxLock, Duration window) {
    }

    static final Map<Budget, String> DEFAULTS = Map.of(
            Budget.LOGIN, "60/min",
            Budget.REGISTER, "20/h",
            Budget.CHAT, "120/min",
            Budget.RATING, "60/min",
            Budget.PHOTO_SEARCH, "60/min",
            Budget.EVENTS, "2000/s");

    /** The defaults (tests, and what the README documents). */
    public static LimitsConfig defaults() {
        return from(key -> Optional.empty());
    }

    public static LimitsConfig from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    static LimitsConfig from(java.util.function.Function<String, Optional<String>> values) {
        Map<Budget, Rate> rates = new EnumMap<>(Budget.class);
        for (Budget b : Budget.values()) {
            rates.put(b, Rate.parse(values.apply("vitrine.limits." + b.key()).orElse(DEFAULTS.get(b))));
        }
        Lockout lockout = new Lockout(
                integer(values, "vitrine.limits.login.max-failures", 5),
                integer(values, "vitrine.limits.login.ip-max-failures", 50),
                Duration.ofSeconds(integer(values, "vitrine.limits.login.lock-seconds", 30)),
                Duration.ofSeconds(integer(values, "vitrine.limits.login.max-lock-seconds", 900)),
                Duration.ofMinutes(integer(values, "vitrine.limits.login.window-minutes", 15)));
        return new LimitsConfig(values.apply("vitrine.limits.enabled").map(Boolean::parseBoolean).orElse(true),
                Map.copyOf(rates), lockout, integer(values, "vitrine.limits.max-tracked", 100_000));
    }

    private static int integer(java.util.function.Function<String, Optional<String>> values, String key, int fallback) {
        return values.apply(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
    }

    public Rate rate(Budget budget) {
        return rates.get(budget);
    }
}
