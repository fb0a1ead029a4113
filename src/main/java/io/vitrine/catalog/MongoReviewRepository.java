package io.vitrine.catalog;

import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.List;

/** {@link ReviewRepository} on MongoDB (collection {@code reviews}, indexed by product and date in MongoIndexes). */
@ApplicationScoped
public class MongoReviewRepository implements ReviewRepository {

    @Inject
    MongoDBTemplate template;

    @Override
    public Review save(Review review) {
        return template.insert(review);
    }

    @Override
    public List<Review> latest(ProductId product, int n) {
        return template.<Review>select(SelectQuery.builder().from("reviews")
                .where(CriteriaCondition.eq("productId", product.value())).sort(Sort.desc("createdAt")).limit(n).build()).toList();
    }
}
