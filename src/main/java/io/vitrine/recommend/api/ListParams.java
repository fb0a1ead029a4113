package io.vitrine.recommend.api;

import io.vitrine.recommend.Recommendations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

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
    /** Language of the reasons and names: "en" or "fr"; other languages get English. */
    @QueryParam("lang") @Pattern(regexp = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?", message = "must be a language tag such as fr or en-GB")
    String lang;
    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    String acceptLanguage;

    Optional<String> category() {
        return blank(category);
    }

    Optional<String> subCategory() {
        return blank(subCategory);
    }

    /** The answer to a list query: {@code query} gets {@link #n} and the caller's language, the list is named in it. */
    RecommendationList answer(BiFunction<Integer, String, Recommendations> query) {
        String language = language();
        return RecommendationList.of(query.apply(n, language), language);
    }

    /** {@code lang} if given, else the first of English or French in Accept-Language, else English. */
    String language() {
        if (lang != null) {
            return supported(lang.substring(0, 2).toLowerCase(Locale.ROOT));
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (range.getWeight() > 0 && (tag.startsWith("fr") || tag.startsWith("en"))) {
                        return tag.substring(0, 2);
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header is not worth a 400 on a read: English
            }
        }
        return "en";
    }

    private static String supported(String language) {
        return List.of("en", "fr").contains(language) ? language : "en";
    }

    /** Categories are stored as lower-case slugs, as in the product list's filters. */
    private static Optional<String> blank(String s) {
        return Optional.ofNullable(s).map(String::strip).filter(v -> !v.isEmpty()).map(v -> v.toLowerCase(Locale.ROOT));
    }
}
