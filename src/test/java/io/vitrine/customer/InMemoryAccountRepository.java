package io.vitrine.customer;

import io.vitrine.platform.security.Role;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link AccountRepository} in memory for plain tests. */
public class InMemoryAccountRepository implements AccountRepository {

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<Account> find(String email) {
        return Optional.ofNullable(accounts.get(email.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public Account save(Account account) {
        accounts.put(account.id(), account);
        return account;
    }

    @Override
    public Optional<Account> findByPublicId(String publicId) {
        return accounts.values().stream().filter(a -> a.publicId().filter(publicId::equals).isPresent()).findFirst();
    }

    @Override
    public int assignMissingPublicIds() {
        return 0;
    }

    @Override
    public void insertAll(Collection<Account> all) {
        all.forEach(this::save);
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public List<Account> findByRoles(Set<Role> roles) {
        return accounts.values().stream().filter(a -> roles.contains(a.role()))
                .sorted(Comparator.comparing(Account::createdAt).thenComparing(Account::id)).toList();
    }
}
