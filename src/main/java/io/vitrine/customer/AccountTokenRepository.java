package io.vitrine.customer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where invitations and password resets wait to be used. */
public interface AccountTokenRepository {

    void insert(AccountToken token);

    /** The token with this hash, left in place (to show the invitation before it is accepted). */
    Optional<AccountToken> findByHash(String tokenHash);

    /** Removes and returns the token with this hash in one step, so two uses racing each other get it once. */
    Optional<AccountToken> take(String tokenHash);

    List<AccountToken> findByPurpose(AccountToken.Purpose purpose);

    /** Removes a token by its id; false when there was none. */
    boolean delete(String id);

    /** Removes every token that expired before {@code now}; returns how many. */
    long deleteExpired(Instant now);
}
