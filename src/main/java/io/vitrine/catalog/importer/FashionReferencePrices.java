package io.vitrine.catalog.importer;

import io.vitrine.catalog.Money;

import java.util.Locale;
import java.util.Map;

/**
 * The fashion data set has no prices. These are reference prices in euros per sub-category, set from typical
 * mid-market high-street prices, so the shop can sort and filter by price; products priced this way carry the
 * attribute {@code priceSource=reference} and get no stock unless the import says so (see
 * {@link FashionCatalogImporter}).
 */
final class FashionReferencePrices {

    private static final Map<String, Long> BY_SUB_CATEGORY = Map.ofEntries(
            Map.entry("topwear", 2499L), Map.entry("bottomwear", 3499L), Map.entry("dress", 4499L),
            Map.entry("innerwear", 1299L), Map.entry("loungewear and nightwear", 2499L), Map.entry("apparel set", 3999L),
            Map.entry("shoes", 5999L), Map.entry("sandal", 2999L), Map.entry("flip flops", 1499L),
            Map.entry("bags", 3999L), Map.entry("watches", 8999L), Map.entry("eyewear", 2999L),
            Map.entry("wallets", 2499L), Map.entry("belts", 1999L), Map.entry("socks", 799L),
            Map.entry("headwear", 1499L), Map.entry("ties", 1999L), Map.entry("accessories", 1499L),
            Map.entry("mufflers", 1999L), Map.entry("scarves", 1999L), Map.entry("stoles", 1999L),
            Map.entry("cufflinks", 2499L), Map.entry("shoe accessories", 999L), Map.entry("gloves", 1499L),
            Map.entry("umbrellas", 1499L), Map.entry("jewellery", 2999L), Map.entry("fragrance", 3999L),
            Map.entry("sports equipment", 2999L), Map.entry("free gifts", 499L));

    /** For a sub-category the table does not know. */
    static final long DEFAULT_CENTS = 1999L;

    private FashionReferencePrices() {
    }

    static Money of(String subCategoryLabel) {
        return Money.euros(BY_SUB_CATEGORY.getOrDefault(subCategoryLabel.strip().toLowerCase(Locale.ROOT), DEFAULT_CENTS));
    }
}
