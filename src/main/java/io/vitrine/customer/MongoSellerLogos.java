package io.vitrine.customer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.vitrine.platform.MongoConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.Optional;

/**
 * {@link SellerLogoRepository} on MongoDB ({@code seller_logos}, keyed by the seller's id): a new logo replaces the
 * stored one in a single upsert, so two uploads racing leave one of them whole, never a mix or a duplicate key.
 */
@ApplicationScoped
public class MongoSellerLogos implements SellerLogoRepository {

    @Inject
    MongoConnection mongo;

    private MongoCollection<Document> logos() {
        return mongo.database().getCollection("seller_logos");
    }

    @Override
    public Optional<SellerLogo> find(String sellerId) {
        return Optional.ofNullable(logos().find(Filters.eq("_id", sellerId)).first())
                .map(d -> new SellerLogo(d.getString("_id"), d.getString("contentType"), d.get("data", Binary.class).getData(),
                        d.getInteger("width", 0), d.getInteger("height", 0), d.getString("version"), d.getLong("updatedAt")));
    }

    @Override
    public SellerLogo save(SellerLogo logo) {
        Document stored = new Document("_id", logo.sellerId()).append("contentType", logo.contentType())
                .append("data", new Binary(logo.data())).append("width", logo.width()).append("height", logo.height())
                .append("version", logo.version()).append("updatedAt", logo.updatedAt());
        logos().replaceOne(Filters.eq("_id", logo.sellerId()), stored, new ReplaceOptions().upsert(true));
        return logo;
    }

    @Override
    public boolean delete(String sellerId) {
        return logos().deleteOne(Filters.eq("_id", sellerId)).getDeletedCount() == 1;
    }
}
