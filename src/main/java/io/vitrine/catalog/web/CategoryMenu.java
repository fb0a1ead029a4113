package io.vitrine.catalog.web;

import io.vitrine.catalog.CachedCategories;
import io.vitrine.catalog.Category;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.platform.web.PageLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The category menu shown on every page ({@code #{menu}} in the template), from the cached category tree: its links
 * in both languages are made once per tree the cache holds, not once per page view.
 */
@Named("menu")
@ApplicationScoped
public class CategoryMenu {

    @Inject
    CachedCategories categories;
    @Inject
    LanguageBean language;

    /** The links of one category tree, in English and in French. */
    private record Links(List<Category> tree, List<PageLink> en, List<PageLink> fr) {
    }

    private volatile Links links = new Links(List.of(), List.of(), List.of());

    public List<Category> getCategories() {
        return categories.list();
    }

    /** One link a category to its shelf (key: the category id), named in the shopper's language. */
    public List<PageLink> getLinks() {
        List<Category> tree = categories.list();
        Links now = links;
        if (now.tree() != tree) {
            now = new Links(tree, linksIn(tree, "en"), linksIn(tree, "fr"));
            links = now;
        }
        return "fr".equals(language.getCode()) ? now.fr() : now.en();
    }

    static List<PageLink> linksIn(List<Category> tree, String language) {
        return tree.stream().map(c -> new PageLink(c.id(), "/catalog/browse.xhtml?category="
                + URLEncoder.encode(c.id(), StandardCharsets.UTF_8), c.name().in(language), false)).toList();
    }
}
