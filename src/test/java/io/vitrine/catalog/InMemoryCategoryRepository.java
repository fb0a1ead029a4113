package io.vitrine.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CategoryRepository} in memory for plain tests: stored copies, {@code findAll} ordered by position. */
public class InMemoryCategoryRepository implements CategoryRepository {

    private final Map<String, Category> categories = new LinkedHashMap<>();

    @Override
    public synchronized List<Category> findAll() {
        return categories.values().stream().sorted(Comparator.comparingInt(Category::position)).map(StoredCopy::of)
                .toList();
    }

    @Override
    public synchronized Optional<Category> find(String id) {
        return Optional.ofNullable(StoredCopy.of(categories.get(id)));
    }

    @Override
    public synchronized Category save(Category category) {
        categories.put(category.id(), StoredCopy.of(category));
        return category;
    }
}
