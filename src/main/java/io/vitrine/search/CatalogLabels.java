package io.vitrine.search;

import io.vitrine.catalog.Category;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.SubCategory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the category and sub-category ids a product carries into the words shoppers search for
 * ("baby-care" -> "Baby Care" / "Puériculture"). Unknown ids read as their humanised slug.
 */
public interface CatalogLabels {

    LocalizedText category(String categoryId);

    LocalizedText subCategory(String categoryId, String subCategoryId);

    /** Labels made from the ids alone ("bath-towels" -> "bath towels"): for tests and catalogues without a tree. */
    static CatalogLabels fromIds() {
        return new CatalogLabels() {
            @Override
            public LocalizedText category(String categoryId) {
                return humanise(categoryId);
            }

            @Override
            public LocalizedText subCategory(String categoryId, String subCategoryId) {
                return humanise(subCategoryId);
            }
        };
    }

    /** Labels from the category tree, falling back to the humanised id for anything the tree does not know. */
    static CatalogLabels of(Collection<Category> categories) {
        Map<String, LocalizedText> cats = new HashMap<>();
        Map<String, LocalizedText> subs = new HashMap<>();
        for (Category c : categories) {
            cats.put(c.id(), c.name());
            for (SubCategory s : c.subCategories()) {
                subs.put(c.id() + "/" + s.id(), s.name());
            }
        }
        return new CatalogLabels() {
            @Override
            public LocalizedText category(String categoryId) {
                return cats.getOrDefault(categoryId, humanise(categoryId));
            }

            @Override
            public LocalizedText subCategory(String categoryId, String subCategoryId) {
                return subs.getOrDefault(categoryId + "/" + subCategoryId, humanise(subCategoryId));
            }
        };
    }

    private static LocalizedText humanise(String id) {
        String words = id == null || id.isBlank() ? "-" : id.replace('-', ' ').replace('_', ' ');
        return LocalizedText.same(words);
    }
}
