package io.vitrine.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.Collection;
import java.util.Optional;

/** {@link AccountRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoAccountRepository implements AccountRepository {

    @Inject
    MongoDBTemplate template;
    @Inject
    io.vitrine.platform.BulkWriter bulk;

    @Override
    public Optional<Account> find(String email) {
        return template.find(Account.class, email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Account save(Account account) {
        return find(account.id()).isPresent() ? template.update(account) : template.insert(account);
    }

    @Override
    public void insertAll(Collection<Account> accounts) {
        bulk.insertAll(accounts);
    }

    @Override
    public long count() {
        return template.count(Account.class);
    }
}
