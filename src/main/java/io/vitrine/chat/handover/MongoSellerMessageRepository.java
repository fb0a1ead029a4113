package io.vitrine.chat.handover;

import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.List;
import java.util.Optional;

/** {@link SellerMessageRepository} on MongoDB through JNoSQL (collection {@code chat_seller_messages}). */
@ApplicationScoped
public class MongoSellerMessageRepository implements SellerMessageRepository {

    @Inject
    MongoDBTemplate template;

    @Override
    public List<SellerMessage> findBySeller(String sellerId) {
        return template.<SellerMessage>select(SelectQuery.builder().from("chat_seller_messages")
                .where(CriteriaCondition.eq("sellerId", sellerId)).sort(Sort.desc("createdAt")).build()).toList();
    }

    @Override
    public Optional<SellerMessage> find(String id) {
        return template.find(SellerMessage.class, id);
    }

    @Override
    public SellerMessage save(SellerMessage message) {
        return find(message.id()).isPresent() ? template.update(message) : template.insert(message);
    }
}
