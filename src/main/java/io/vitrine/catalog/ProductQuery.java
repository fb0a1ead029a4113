package io.vitrine.catalog;

import io.vitrine.platform.InvalidInputException;
import java.util.Optional;

/**
 * A filtered, sorted page of the catalogue. Pages count from 0; the repository pushes all of it into the database
 * query (never filtering in memory).
 */
public record ProductQuery(Optional<String> category, Optional<String> subCategory, Optional<String> seller,
                           Optional<Long> minPriceCents, Optional<Long> maxPriceCents, Sort sort, int page, int size) {

    public static final int MAX_PAGE_SIZE = 100;

    public enum Sort { NEWEST, PRICE_ASC, PRICE_DESC, NAME, RATING }

    public ProductQuery {
        if (page < 0) {
            throw new InvalidInputException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size must be 1 to " + MAX_PAGE_SIZE);
        }
        if (minPriceCents.isPresent() && maxPriceCents.isPresent() && minPriceCents.get() > maxPriceCents.get()) {
            throw new InvalidInputException("minPrice is above maxPrice");
        }
        sort = sort == null ? Sort.NEWEST : sort;
    }

    public static ProductQuery all(int page, int size) {
        return new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Sort.NEWEST, page, size);
    }

    public ProductQuery inCategory(String categoryId) {
        return new ProductQuery(Optional.of(categoryId), subCategory, seller, minPriceCents, maxPriceCents, sort, page, size);
    }

    public ProductQuery ofSeller(String sellerId) {
        return new ProductQuery(category, subCategory, Optional.of(sellerId), minPriceCents, maxPriceCents, sort, page, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
