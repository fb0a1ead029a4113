package io.vitrine.platform.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Locale;

/**
 * Log-in limits: a budget of attempts per IP ({@link Budget#LOGIN}), and a lockout with back-off after repeated
 * failures, per account (someone guessing one account's password from many addresses) and per IP (one address
 * trying many accounts). See {@link LimitsConfig.Lockout}. Failures are kept in a bounded Caffeine cache.
 */
@ApplicationScoped
public class LoginGuard {

    @Inject
    RateLimiter limiter;

    private volatile Cache<String, Failures> failures;

    private record Failures(int count, long lockedUntilNanos) {
    }

    protected LoginGuard() {
    }

    public LoginGuard(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** Before checking a password: refuses while the address is over its budget or the account or address locked. */
    public void check(String account, String ip) {
        if (!limiter.config().enabled()) {
            return;
        }
        limiter.check(Budget.LOGIN, ip);
        long now = limiter.time().currentTimeNanos();
        for (String key : new String[]{accountKey(account), "ip:" + ip}) {
            Failures f = failures().getIfPresent(key);
            if (f != null && f.lockedUntilNanos() > now) {
                long seconds = (f.lockedUntilNanos() - now + 999_999_999L) / 1_000_000_000L;
                throw new TooManyRequestsException("too many failed log-ins; try again in " + seconds + " s", seconds);
            }
        }
    }

    public void failed(String account, String ip) {
        if (!limiter.config().enabled()) {
            return;
        }
        LimitsConfig.Lockout policy = limiter.config().login();
        fail(accountKey(account), policy.maxFailures(), policy);
        fail("ip:" + ip, policy.ipMaxFailures(), policy);
    }

    /** The account's failures are forgotten (the address's stay: it may be trying many accounts). */
    public void succeeded(String account) {
        failures().invalidate(accountKey(account));
    }

    private void fail(String key, int max, LimitsConfig.Lockout policy) {
        long now = limiter.time().currentTimeNanos();
        failures().asMap().compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            long until = 0;
            if (count >= max) {
                int doublings = Math.min(count - max, 30);
                Duration lock = policy.firstLock().multipliedBy(1L << doublings);
                if (lock.compareTo(policy.maxLock()) > 0 || lock.isNegative()) {
                    lock = policy.maxLock();
                }
                until = now + lock.toNanos();
            }
            return new Failures(count, until);
        });
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private Cache<String, Failures> failures() {
        Cache<String, Failures> c = failures;
        if (c == null) {
            synchronized (this) {
                if (failures == null) {
                    LimitsConfig.Lockout policy = limiter.config().login();
                    failures = Caffeine.newBuilder().maximumSize(limiter.config().maxTracked())
                            .expireAfterWrite(policy.window().plus(policy.maxLock())).build();
                }
                c = failures;
            }
        }
        return c;
    }
}
