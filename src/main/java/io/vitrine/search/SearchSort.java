package io.vitrine.search;

import java.util.Locale;

/** Result orders a shopper can pick. */
public enum SearchSort {
    RELEVANCE, PRICE_ASC, PRICE_DESC, POPULARITY, NEWEST;

    /** Lenient reading of a request parameter ("price", "price_desc", "-price", "newest"...); relevance otherwise. */
    public static SearchSort fromParam(String param) {
        if (param == null) {
            return RELEVANCE;
        }
        return switch (param.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "price", "price_asc", "priceasc" -> PRICE_ASC;
            case "_price", "price_desc", "pricedesc" -> PRICE_DESC;
            case "popularity", "popular", "bestsellers" -> POPULARITY;
            case "newest", "new", "date" -> NEWEST;
            default -> RELEVANCE;
        };
    }
}
