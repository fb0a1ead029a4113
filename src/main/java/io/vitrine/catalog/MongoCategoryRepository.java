package io.vitrine.catalog;

import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.List;
import java.util.Optional;

/** {@link CategoryRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoCategoryRepository implements CategoryRepository {

    @Inject
    MongoDBTemplate template;

    @Override
    public List<Category> findAll() {
        return template.<Category>select(SelectQuery.builder().from("categories").sort(Sort.asc("position")).build()).toList();
    }

    @Override
    public Optional<Category> find(String id) {
        return template.find(Category.class, id);
    }

    @Override
    public Category save(Category category) {
        return find(category.id()).isPresent() ? template.update(category) : template.insert(category);
    }
}
