package io.vitrine.customer;

import io.vitrine.platform.security.ShopperIds;
import io.vitrine.platform.startup.StartupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * {@link ShopperIds} from the accounts: a public id is stored on its account and never changes, so both directions
 * are cached once found (one entry per account that was looked up; unknown ids are not cached). At start-up,
 * accounts stored before public ids existed get one.
 */
@ApplicationScoped
public class AccountShopperIds implements ShopperIds, StartupStep {

    private static final Logger LOG = Logger.getLogger(AccountShopperIds.class.getName());

    @Inject
    AccountRepository accounts;

    private final Map<String, String> accountByPublicId = new ConcurrentHashMap<>();
    private final Map<String, String> publicIdByAccount = new ConcurrentHashMap<>();

    @Override
    public Phase phase() {
        return Phase.DATA;
    }

    @Override
    public String name() {
        return "2-shopper-public-ids"; // after 1-demo-store
    }

    @Override
    public void onStartup() {
        int n = accounts.assignMissingPublicIds();
        if (n > 0) {
            LOG.info(() -> n + " accounts got an opaque public id");
        }
    }

    @Override
    public Optional<String> accountOf(String publicId) {
        if (!ShopperIds.isPublicId(publicId)) {
            return Optional.empty();
        }
        String cached = accountByPublicId.get(publicId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return accounts.findByPublicId(publicId).map(a -> remember(a, publicId).id());
    }

    @Override
    public Optional<String> publicIdOf(String accountId) {
        if (accountId == null || !accountId.contains("@")) {
            return Optional.empty();
        }
        String key = accountId.strip().toLowerCase(java.util.Locale.ROOT);
        String cached = publicIdByAccount.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        return accounts.find(key).flatMap(a -> a.publicId().map(id -> {
            remember(a, id);
            return id;
        }));
    }

    private Account remember(Account a, String publicId) {
        accountByPublicId.put(publicId, a.id());
        publicIdByAccount.put(a.id(), publicId);
        return a;
    }
}
