package io.vitrine.customer;

import java.util.Collection;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> find(String email);

    Account save(Account account);

    /** The account with this opaque public id. */
    Optional<Account> findByPublicId(String publicId);

    /** Gives every account stored without a public id a new one; returns how many. */
    int assignMissingPublicIds();

    void insertAll(Collection<Account> accounts);

    long count();

    /** The accounts holding one of these roles, oldest first (staff lists: sellers and admins are few). */
    java.util.List<Account> findByRoles(java.util.Set<io.vitrine.platform.security.Role> roles);
}
