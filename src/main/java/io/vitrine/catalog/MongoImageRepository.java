package io.vitrine.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.Optional;

/** {@link ImageRepository} on MongoDB through JNoSQL: one binary document per distinct image. */
@ApplicationScoped
public class MongoImageRepository implements ImageRepository {

    @Inject
    MongoDBTemplate template;
    @Inject
    io.vitrine.platform.BulkWriter bulk;

    @Override
    public Optional<ProductImage> find(String id) {
        return template.find(ProductImage.class, id);
    }

    @Override
    public java.util.List<ProductImage> findAll(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        SelectQuery query = SelectQuery.builder().from("images")
                .where(CriteriaCondition.in("_id", ids.stream().distinct().toList())).build();
        return template.<ProductImage>select(query).toList();
    }

    @Override
    public String save(ProductImage image) {
        if (template.find(ProductImage.class, image.id()).isEmpty()) {
            template.insert(image);
        }
        return image.id();
    }

    @Override
    public void insertAll(java.util.Collection<ProductImage> newImages) {
        bulk.insertAll(newImages);
    }

    @Override
    public long count() {
        return template.count(ProductImage.class);
    }
}
