package io.vitrine.catalog.web;

import io.vitrine.catalog.CachedCategories;
import io.vitrine.catalog.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The category menu shown on every page ({@code #{menu}} in the template), from the cached category tree. */
@Named("menu")
@ApplicationScoped
public class CategoryMenu {

    @Inject
    CachedCategories categories;

    public List<Category> getCategories() {
        return categories.list();
    }
}
