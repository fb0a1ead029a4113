package io.vitrine.customer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link AccountTokenRepository} on MongoDB's driver: taking a token is one {@code findOneAndDelete}, which neither
 * JNoSQL's template nor a read-then-delete could make single-use under concurrent requests.
 */
@ApplicationScoped
public class MongoAccountTokens implements AccountTokenRepository {

    static final String COLLECTION = "account_tokens";

    @Inject
    MongoConnection mongo;

    @Override
    public void insert(AccountToken t) {
        tokens().insertOne(new Document("_id", t.id()).append("tokenHash", t.tokenHash()).append("purpose", t.purpose().name())
                .append("email", t.email()).append("role", t.role().name()).append("createdBy", t.createdBy())
                .append("createdAt", t.createdAt().toEpochMilli()).append("expiresAt", t.expiresAt().toEpochMilli()));
    }

    @Override
    public Optional<AccountToken> findByHash(String tokenHash) {
        return Optional.ofNullable(tokens().find(Filters.eq("tokenHash", tokenHash)).first()).map(MongoAccountTokens::of);
    }

    @Override
    public Optional<AccountToken> take(String tokenHash) {
        return Optional.ofNullable(tokens().findOneAndDelete(Filters.eq("tokenHash", tokenHash))).map(MongoAccountTokens::of);
    }

    @Override
    public List<AccountToken> findByPurpose(AccountToken.Purpose purpose) {
        List<AccountToken> out = new ArrayList<>();
        for (Document d : tokens().find(Filters.eq("purpose", purpose.name()))) {
            out.add(of(d));
        }
        out.sort(Comparator.comparing(AccountToken::createdAt).reversed());
        return out;
    }

    @Override
    public boolean delete(String id) {
        return tokens().deleteOne(Filters.eq("_id", id)).getDeletedCount() > 0;
    }

    @Override
    public long deleteExpired(Instant now) {
        return tokens().deleteMany(Filters.lte("expiresAt", now.toEpochMilli())).getDeletedCount();
    }

    private MongoCollection<Document> tokens() {
        return mongo.database().getCollection(COLLECTION);
    }

    private static AccountToken of(Document d) {
        return new AccountToken(d.getString("_id"), d.getString("tokenHash"), AccountToken.Purpose.valueOf(d.getString("purpose")),
                d.getString("email"), Role.valueOf(d.getString("role")), d.getString("createdBy"),
                Instant.ofEpochMilli(((Number) d.get("createdAt")).longValue()),
                Instant.ofEpochMilli(((Number) d.get("expiresAt")).longValue()));
    }
}
