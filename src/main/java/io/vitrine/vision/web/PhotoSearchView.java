package io.vitrine.vision.web;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.SubCategory;
import io.vitrine.platform.web.LanguageBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * What the photo search page's script needs besides the answer of {@code POST /api/v1/search/image}: the names of
 * the sub-categories in the shopper's language (the API answers with ids) and the messages for each outcome.
 */
@Named("photoSearch")
@RequestScoped
public class PhotoSearchView {

    @Inject
    CatalogService catalog;
    @Inject
    LanguageBean language;

    /** {"tshirts": "T-shirts", ...} as JSON, for a data attribute (the page escapes it as an attribute value). */
    public String getSubCategoryNames() {
        JsonObjectBuilder names = Json.createObjectBuilder();
        for (Category c : catalog.categories()) {
            for (SubCategory s : c.subCategories()) {
                names.add(s.id(), s.name().in(language.getCode()));
            }
        }
        return names.build().toString();
    }

    /** The page's texts for the script: outcome messages by HTTP status and the labels of the results. */
    public String getTexts() {
        JsonObjectBuilder texts = Json.createObjectBuilder();
        for (String key : new String[]{"photo.predicted", "photo.probability", "photo.lookAlikes", "photo.none",
                "photo.searching", "photo.error.400", "photo.error.413", "photo.error.415", "photo.error.422",
                "photo.error.503", "photo.error.other", "photo.similarity", "photo.noMatch", "photo.maybe", "photo.closest",
                "photo.pick", "photo.all"}) {
            texts.add(key, language.text(key));
        }
        return texts.build().toString();
    }
}
