package io.vitrine.catalog;

import io.vitrine.platform.MongoStore;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link CategoryRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoCategoryRepository extends MongoStore<Category> implements CategoryRepository {

    public MongoCategoryRepository() {
        super(Category.class, Category::id, Sort.asc("position"));
    }
}
