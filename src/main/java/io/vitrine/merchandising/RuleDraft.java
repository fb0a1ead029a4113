package io.vitrine.merchandising;

/**
 * A rule as a person writes it (REST body, page form); {@link Merchandising} checks it and makes it a
 * {@link MerchandisingRule}. Prices are in cents; null numbers mean "not set".
 */
public record RuleDraft(String action, String placement, String category, String subCategory, String query,
                        String product, String brand, String attribute, String value, Long minPriceCents,
                        Long maxPriceCents, Integer newWithinDays, String seller, Integer position, Double strength,
                        String note) {
}
