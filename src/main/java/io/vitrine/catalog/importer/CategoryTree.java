package io.vitrine.catalog.importer;

import io.vitrine.catalog.Category;
import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.Slug;
import io.vitrine.catalog.SubCategory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The category tree as an import grows it: loaded once, then categories and sub-categories are created as their
 * labels are met and saved at once (a few dozen writes per import). Sub-category ids are kept unique across the
 * whole tree because products are filtered by sub-category alone: a label already used under another category
 * gets the category's id as prefix ("footwear-accessories").
 */
final class CategoryTree {

    /** The ids a product refers to. */
    record Placement(String category, String subCategory) {
    }

    private final CategoryRepository repository;
    private final Map<String, Category> categories = new HashMap<>();
    private final Map<String, String> categoryOfSub = new HashMap<>();
    /** (category id, sub-category label slug) -> sub-category id, so a prefixed id is found again. */
    private final Map<String, String> subIds = new HashMap<>();
    private int nextPosition;

    CategoryTree(CategoryRepository repository) {
        this.repository = repository;
        for (Category c : repository.findAll()) {
            categories.put(c.id(), c);
            nextPosition = Math.max(nextPosition, c.position() + 1);
            for (SubCategory s : c.subCategories()) {
                categoryOfSub.putIfAbsent(s.id(), c.id());
                subIds.put(c.id() + "/" + s.id(), s.id());
            }
        }
    }

    /** Finds or creates the category and sub-category for these labels; fails on labels without letters. */
    Placement place(String categoryLabel, String subLabel) {
        String categoryId = Slug.of(categoryLabel);
        String subSlug = Slug.of(subLabel);
        Category category = categories.get(categoryId);
        boolean changed = false;
        if (category == null) {
            category = new Category(categoryId, CategoryLabels.of(categoryLabel), nextPosition++, List.of());
            categories.put(categoryId, category);
            changed = true;
        }
        String key = categoryId + "/" + subSlug;
        String subId = subIds.get(key);
        if (subId == null) {
            String owner = categoryOfSub.get(subSlug);
            subId = owner == null || owner.equals(categoryId) ? subSlug : Slug.of(categoryId + " " + subSlug);
            category.addSubCategory(new SubCategory(subId, CategoryLabels.of(subLabel)));
            categoryOfSub.putIfAbsent(subId, categoryId);
            subIds.put(key, subId);
            changed = true;
        }
        if (changed) {
            repository.save(category);
        }
        return new Placement(categoryId, subId);
    }
}
