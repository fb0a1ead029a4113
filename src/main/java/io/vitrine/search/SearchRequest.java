package io.vitrine.search;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One search: free text (may be blank: browse), filters (values inside a dimension are OR-ed, dimensions are
 * AND-ed), a sort and a page. Built with {@link #builder()}; out-of-range paging is clamped, never refused.
 */
public record SearchRequest(String query, String language, Set<String> categories, Set<String> subCategories,
                            Set<String> brands, Set<String> colours, Set<String> sellers,
                            OptionalLong minPriceCents, OptionalLong maxPriceCents, OptionalDouble minRating,
                            SearchSort sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    /** Deep paging costs memory on every request; nobody reads past result 10,000. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        language = supportedLanguage(language);
        categories = Set.copyOf(categories);
        subCategories = Set.copyOf(subCategories);
        brands = Set.copyOf(brands);
        colours = Set.copyOf(colours);
        sellers = Set.copyOf(sellers);
        Objects.requireNonNull(minPriceCents);
        Objects.requireNonNull(maxPriceCents);
        Objects.requireNonNull(minRating);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        size = Math.max(1, Math.min(MAX_SIZE, size));
        page = Math.max(0, Math.min(page, MAX_WINDOW / size - 1));
    }

    /** The same search from its first result, {@code size} results long (merchandising arranges such a window). */
    public SearchRequest window(int size) {
        return new SearchRequest(query, language, categories, subCategories, brands, colours, sellers, minPriceCents,
                maxPriceCents, minRating, sort, 0, size);
    }

    /** The shop searches in French or English: "fr" (any case) is French, anything else English. */
    static String supportedLanguage(String language) {
        return "fr".equalsIgnoreCase(language) ? "fr" : "en";
    }

    public static Builder builder() {
        return new Builder();
    }

    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    /** Fluent construction; every setter ignores null and blank values so a resource can pass parameters through. */
    public static final class Builder {
        private String query = "";
        private String language = "en";
        private final Set<String> categories = new LinkedHashSet<>();
        private final Set<String> subCategories = new LinkedHashSet<>();
        private final Set<String> brands = new LinkedHashSet<>();
        private final Set<String> colours = new LinkedHashSet<>();
        private final Set<String> sellers = new LinkedHashSet<>();
        private OptionalLong minPrice = OptionalLong.empty();
        private OptionalLong maxPrice = OptionalLong.empty();
        private OptionalDouble minRating = OptionalDouble.empty();
        private SearchSort sort = SearchSort.RELEVANCE;
        private int page = 0;
        private int size = 20;

        private Builder() {
        }

        public Builder query(String q) {
            this.query = q == null ? "" : q;
            return this;
        }

        public Builder language(String lang) {
            this.language = lang;
            return this;
        }

        public Builder category(String... v) {
            add(categories, v);
            return this;
        }

        public Builder subCategory(String... v) {
            add(subCategories, v);
            return this;
        }

        public Builder brand(String... v) {
            add(brands, v);
            return this;
        }

        public Builder colour(String... v) {
            add(colours, v);
            return this;
        }

        public Builder seller(String... v) {
            add(sellers, v);
            return this;
        }

        /** Inclusive lower bound in minor units. */
        public Builder minPriceCents(long cents) {
            this.minPrice = OptionalLong.of(cents);
            return this;
        }

        /** Inclusive upper bound in minor units. */
        public Builder maxPriceCents(long cents) {
            this.maxPrice = OptionalLong.of(cents);
            return this;
        }

        public Builder minRating(double stars) {
            this.minRating = OptionalDouble.of(stars);
            return this;
        }

        public Builder sort(SearchSort s) {
            this.sort = s;
            return this;
        }

        public Builder page(int p) {
            this.page = p;
            return this;
        }

        public Builder size(int s) {
            this.size = s;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, language, categories, subCategories, brands, colours, sellers,
                    minPrice, maxPrice, minRating, sort, page, size);
        }

        private static void add(Set<String> set, String... values) {
            if (values == null) {
                return;
            }
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    set.add(v.strip());
                }
            }
        }
    }
}
