package io.vitrine.catalog;

import java.util.List;
import java.util.Optional;

/** The category tree. */
public interface CategoryRepository {

    List<Category> findAll();

    Optional<Category> find(String id);

    Category save(Category category);
}
