package io.vitrine.customer;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link AccountTokenRepository} in memory for plain tests; {@code take} is atomic like the Mongo one. */
public class InMemoryAccountTokens implements AccountTokenRepository {

    private final Map<String, AccountToken> byId = new ConcurrentHashMap<>();

    @Override
    public void insert(AccountToken token) {
        byId.put(token.id(), token);
    }

    @Override
    public Optional<AccountToken> findByHash(String tokenHash) {
        return byId.values().stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public Optional<AccountToken> take(String tokenHash) {
        return findByHash(tokenHash).filter(t -> byId.remove(t.id(), t));
    }

    @Override
    public List<AccountToken> findByPurpose(AccountToken.Purpose purpose) {
        return byId.values().stream().filter(t -> t.purpose() == purpose)
                .sorted(Comparator.comparing(AccountToken::createdAt).reversed()).toList();
    }

    @Override
    public boolean delete(String id) {
        return byId.remove(id) != null;
    }

    @Override
    public long deleteExpired(Instant now) {
        List<AccountToken> old = byId.values().stream().filter(t -> t.expired(now)).toList();
        old.forEach(t -> byId.remove(t.id()));
        return old.size();
    }
}
