package io.vitrine.customer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Set;

/**
 * Checks e-mail and password against the stored PBKDF2 hash; the account's role becomes its one group. An unknown
 * e-mail costs the same hashing time as a wrong password, so timing does not reveal which accounts exist. A disabled
 * account is refused like a wrong password.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;
    @Inject
    Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void init() {
        hash.initialize(io.vitrine.platform.security.PasswordHashes.PARAMETERS);
        dummyHash = hash.generate("not-a-password".toCharArray());
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = login.getCaller() == null ? "" : login.getCaller().strip().toLowerCase(java.util.Locale.ROOT);
        var account = email.isEmpty() || email.length() > 254 ? java.util.Optional.<Account>empty() : accounts.find(email);
        boolean matches = hash.verify(login.getPassword().getValue(), account.map(Account::passwordHash).orElse(dummyHash));
        if (account.isEmpty() || !matches || account.get().disabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().id(), Set.of(account.get().role().name()));
    }
}
