package io.vitrine.customer;

import java.util.Collection;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> find(String email);

    Account save(Account account);

    void insertAll(Collection<Account> accounts);

    long count();
}
