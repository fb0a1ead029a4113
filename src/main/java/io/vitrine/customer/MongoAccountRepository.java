package io.vitrine.customer;

import io.vitrine.platform.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** {@link AccountRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoAccountRepository extends MongoStore<Account> implements AccountRepository {

    public MongoAccountRepository() {
        super(Account.class, Account::id);
    }

    @Override
    public Optional<Account> find(String email) {
        return super.find(email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Optional<Account> findByPublicId(String publicId) {
        return template.select(Account.class).where("publicId").eq(publicId).singleResult();
    }

    @Override
    public int assignMissingPublicIds() {
        var collection = connection.database().getCollection("accounts");
        int n = 0;
        for (org.bson.Document d : collection.find(com.mongodb.client.model.Filters.exists("publicId", false))) {
            n += (int) collection.updateOne(com.mongodb.client.model.Filters.eq("_id", d.get("_id")),
                    com.mongodb.client.model.Updates.set("publicId", Account.newPublicId())).getModifiedCount();
        }
        return n;
    }

    @Override
    public java.util.List<Account> findByRoles(java.util.Set<io.vitrine.platform.security.Role> roles) {
        java.util.List<Account> out = new java.util.ArrayList<>();
        for (var role : roles) {
            out.addAll(template.select(Account.class).where("role").eq(role.name()).result());
        }
        out.sort(java.util.Comparator.comparing(Account::createdAt).thenComparing(Account::id));
        return java.util.List.copyOf(out);
    }
}
