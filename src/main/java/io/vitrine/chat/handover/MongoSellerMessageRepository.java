package io.vitrine.chat.handover;

import io.vitrine.platform.MongoStore;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;

import java.util.List;

/** {@link SellerMessageRepository} on MongoDB through JNoSQL (collection {@code chat_seller_messages}). */
@ApplicationScoped
public class MongoSellerMessageRepository extends MongoStore<SellerMessage> implements SellerMessageRepository {

    public MongoSellerMessageRepository() {
        super(SellerMessage.class, SellerMessage::id);
    }

    @Override
    public List<SellerMessage> findBySeller(String sellerId) {
        return template.<SellerMessage>select(SelectQuery.builder().from(collection())
                .where(CriteriaCondition.eq("sellerId", sellerId)).sort(Sort.desc("createdAt")).build()).toList();
    }
}
