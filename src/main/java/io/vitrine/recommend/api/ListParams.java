package io.vitrine.recommend.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import java.util.Locale;
import java.util.Optional;

/**
 * Query parameters shared by the lists. Constraints sit on fields of a bean parameter: Payara's OpenAPI scanner
 * fails on constrained method parameters.
 */
public class ListParams {

    @QueryParam("n") @DefaultValue("10") @Min(1) @Max(100)
    int n;
    @QueryParam("category") @Size(max = 64)
    String category;
    @QueryParam("subCategory") @Size(max = 64)
    String subCategory;

    Optional<String> category() {
        return blank(category);
    }

    Optional<String> subCategory() {
        return blank(subCategory);
    }

    /** Categories are stored as lower-case slugs, as in the product list's filters. */
    private static Optional<String> blank(String s) {
        return Optional.ofNullable(s).map(String::strip).filter(v -> !v.isEmpty()).map(v -> v.toLowerCase(Locale.ROOT));
    }
}
