package io.vitrine.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
