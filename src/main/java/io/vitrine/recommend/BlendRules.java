package io.vitrine.recommend;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The shop's rules on top of the models' ranking: restrict to a category or sub-category, exclude what the
 * shopper bought and what is out of stock, and cap items per seller and per sub-category for diversity.
 * Immutable; the {@code with...} methods return changed copies.
 */
public record BlendRules(Optional<String> category, Optional<String> subCategory, Set<ItemId> exclude,
                         Predicate<ItemId> available, int maxPerSeller, int maxPerSubCategory) {

    public BlendRules {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subCategory, "subCategory");
        Objects.requireNonNull(available, "available");
        exclude = Set.copyOf(exclude);
        if (maxPerSeller < 1 || maxPerSubCategory < 1) {
            throw new IllegalArgumentException("caps must be >= 1");
        }
    }

    /** No restriction at all. */
    public static BlendRules none() {
        return new BlendRules(Optional.empty(), Optional.empty(), Set.of(), id -> true, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    public BlendRules inCategory(String value) {
        return new BlendRules(Optional.of(value), subCategory, exclude, available, maxPerSeller, maxPerSubCategory);
    }

    public BlendRules inSubCategory(String value) {
        return new BlendRules(category, Optional.of(value), exclude, available, maxPerSeller, maxPerSubCategory);
    }

    /** Excludes these items, typically what the shopper already bought. */
    public BlendRules excluding(Set<ItemId> items) {
        return new BlendRules(category, subCategory, items, available, maxPerSeller, maxPerSubCategory);
    }

    /** Keeps only items accepted by {@code predicate} (in stock, or any other query-time filter), on top of the current one. */
    public BlendRules onlyIf(Predicate<ItemId> predicate) {
        return new BlendRules(category, subCategory, exclude, available.and(predicate), maxPerSeller, maxPerSubCategory);
    }

    public BlendRules maxPerSeller(int value) {
        return new BlendRules(category, subCategory, exclude, available, value, maxPerSubCategory);
    }

    public BlendRules maxPerSubCategory(int value) {
        return new BlendRules(category, subCategory, exclude, available, maxPerSeller, value);
    }
}
