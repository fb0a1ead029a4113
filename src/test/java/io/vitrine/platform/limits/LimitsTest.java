package io.vitrine.platform.limits;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitsTest {

    /** A clock the test moves. */
    static final class ManualTime implements TimeMeter {
        long nanos = 1_000_000_000L;

        void advance(Duration d) {
            nanos += d.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private static LimitsConfig config(Map<String, String> values) {
        return LimitsConfig.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void aSpentBudgetIsRefusedWithTheSecondsUntilTheNextUnit() {
        ManualTime time = new ManualTime();
        RateLimiter limiter = new RateLimiter(config(Map.of("vitrine.limits.chat", "3/min")), time);
        for (int i = 0; i < 3; i++) {
            limiter.check(Budget.CHAT, "ip:10.0.0.1");
        }
        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class, () -> limiter.check(Budget.CHAT, "ip:10.0.0.1"));
        assertEquals(20, refused.retryAfterSeconds(), "3 per minute: one unit back every 20 s");
        assertDoesNotThrow(() -> limiter.check(Budget.CHAT, "ip:10.0.0.2"), "another address has its own budget");
        assertDoesNotThrow(() -> limiter.check(Budget.RATING, "ip:10.0.0.1"), "another budget is untouched");

        time.advance(Duration.ofSeconds(20));
        assertDoesNotThrow(() -> limiter.check(Budget.CHAT, "ip:10.0.0.1"), "refilled");
    }

    @Test
    void theRefusalCarriesRetryAfterInWholeSeconds() {
        TooManyRequestsException e = new TooManyRequestsException("too many chat requests", 20);
        // (the Problem itself needs a JAX-RS runtime, which plain tests lack: its shape is Problem's own contract)
        assertEquals("20", TooManyRequestsMapper.retryAfter(e));
        assertEquals("1", TooManyRequestsMapper.retryAfter(new TooManyRequestsException("x", 0)), "never 0");
    }

    @Test
    void failedLogInsLockTheAccountWithABackOffThatDoubles() {
        ManualTime time = new ManualTime();
        LoginGuard guard = new LoginGuard(new RateLimiter(config(Map.of("vitrine.limits.login.max-failures", "3",
                "vitrine.limits.login.lock-seconds", "30", "vitrine.limits.login.max-lock-seconds", "100")), time));
        String ada = "ada@example.org";
        for (int i = 0; i < 2; i++) {
            guard.check(ada, "10.0.0.1");
            guard.failed(ada, "10.0.0." + i);
        }
        guard.check(ada, "10.0.0.9");
        guard.failed(ada, "10.0.0.9");
        TooManyRequestsException locked = assertThrows(TooManyRequestsException.class, () -> guard.check("ADA@example.org", "10.0.0.50"));
        assertEquals(30, locked.retryAfterSeconds(), "locked for the account, from any address");

        time.advance(Duration.ofSeconds(31));
        guard.check(ada, "10.0.0.9");
        guard.failed(ada, "10.0.0.9");
        assertEquals(60, assertThrows(TooManyRequestsException.class, () -> guard.check(ada, "10.0.0.7")).retryAfterSeconds(),
                "the lock doubles");
        time.advance(Duration.ofSeconds(61));
        guard.failed(ada, "10.0.0.9");
        assertEquals(100, assertThrows(TooManyRequestsException.class, () -> guard.check(ada, "10.0.0.7")).retryAfterSeconds(),
                "up to the longest lock");

        assertDoesNotThrow(() -> guard.check("bob@example.org", "10.0.0.7"), "other accounts log in");
        time.advance(Duration.ofSeconds(101));
        guard.check(ada, "10.0.0.7");
        guard.succeeded(ada);
        guard.failed(ada, "10.0.0.7");
        assertDoesNotThrow(() -> guard.check(ada, "10.0.0.7"), "a success forgets the account's failures");
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedToo() {
        ManualTime time = new ManualTime();
        LoginGuard guard = new LoginGuard(new RateLimiter(config(Map.of("vitrine.limits.login.ip-max-failures", "4")), time));
        for (int i = 0; i < 4; i++) {
            guard.failed("user" + i + "@example.org", "10.6.6.6");
        }
        assertThrows(TooManyRequestsException.class, () -> guard.check("someone@example.org", "10.6.6.6"));
        assertDoesNotThrow(() -> guard.check("someone@example.org", "10.0.0.1"));
    }

    @Test
    void theLogInBudgetPerAddressCountsEveryAttempt() {
        RateLimiter limiter = new RateLimiter(config(Map.of("vitrine.limits.login", "2/min")), new ManualTime());
        LoginGuard guard = new LoginGuard(limiter);
        guard.check("a@example.org", "10.0.0.1");
        guard.check("b@example.org", "10.0.0.1");
        assertThrows(TooManyRequestsException.class, () -> guard.check("c@example.org", "10.0.0.1"));
    }

    @Test
    void bucketsAreBoundedAndLimitsCanBeTurnedOff() {
        RateLimiter limiter = new RateLimiter(config(Map.of("vitrine.limits.max-tracked", "100")), new ManualTime());
        for (int i = 0; i < 5_000; i++) {
            limiter.check(Budget.PHOTO_SEARCH, "ip:" + i);
        }
        assertTrue(limiter.tracked(Budget.PHOTO_SEARCH) <= 100, "at most max-tracked callers remembered");

        RateLimiter off = new RateLimiter(config(Map.of("vitrine.limits.enabled", "false", "vitrine.limits.chat", "1/h")), new ManualTime());
        for (int i = 0; i < 10; i++) {
            off.check(Budget.CHAT, "ip:1");
        }
    }

    @Test
    void ratesParseAndDefaultsAreGenerous() {
        assertEquals(new LimitsConfig.Rate(60, Duration.ofMinutes(1)), LimitsConfig.Rate.parse("60/min"));
        assertThrows(IllegalArgumentException.class, () -> LimitsConfig.Rate.parse("60 per minute"));
        assertThrows(IllegalArgumentException.class, () -> LimitsConfig.Rate.parse("0/s"));
        LimitsConfig d = LimitsConfig.defaults();
        assertTrue(d.enabled());
        assertEquals(new LimitsConfig.Rate(2000, Duration.ofSeconds(1)), d.rate(Budget.EVENTS));
        assertEquals(5, d.login().maxFailures());
    }
}
