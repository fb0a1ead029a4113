package io.vitrine.merchandising;

import io.vitrine.catalog.Placement;
import io.vitrine.catalog.Product;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One merchandising rule as stored ({@code merchandising_rules}). {@code owner} is empty for a shop rule (an admin's)
 * or a seller id: a seller's rule only ever touches that seller's products. Where it applies: {@code placement}
 * (SHELF with a category and maybe a sub-category, QUERY with a query, RECOMMENDATIONS, or EVERYWHERE). Which products:
 * every non-empty part of the match must hold (product id, brand, attribute = value, price band in cents, created
 * within {@code newWithinDays}, seller). What it does: {@code action} with its {@code position} (PIN, 1-based) or
 * {@code strength} (BOOST / BURY, 1 to 10: a product boosted by 2 ranks as if it stood at half its position).
 */
@Entity("merchandising_rules")
public record MerchandisingRule(@Id String id, @Column String owner, @Column String action, @Column String placement,
                                @Column String category, @Column String subCategory, @Column String query,
                                @Column String product, @Column String brand, @Column String attribute,
                                @Column String value, @Column long minPriceCents, @Column long maxPriceCents,
                                @Column int newWithinDays, @Column String seller, @Column int position,
                                @Column double strength, @Column String note, @Column String changedBy,
                                @Column long changedAt) {

    public enum Action { PIN, BOOST, BURY, EXCLUDE }

    public enum Where { SHELF, QUERY, RECOMMENDATIONS, EVERYWHERE }

    /** Prices are "no bound" below zero. */
    public static final long NO_PRICE = -1;

    public MerchandisingRule {
        Objects.requireNonNull(id, "id");
        owner = blank(owner);
        category = blank(category);
        subCategory = blank(subCategory);
        query = Placement.normalise(query);
        product = blank(product);
        brand = blank(brand);
        attribute = blank(attribute).toLowerCase(Locale.ROOT);
        value = blank(value);
        seller = blank(seller);
        note = blank(note);
        changedBy = blank(changedBy);
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    public Action actionKind() {
        return Action.valueOf(action);
    }

    public Where where() {
        return Where.valueOf(placement);
    }

    public boolean isShopRule() {
        return owner.isEmpty();
    }

    /** Does this rule apply to lists shown at {@code at}? */
    public boolean appliesTo(Placement at) {
        return switch (where()) {
            case EVERYWHERE -> true;
            case RECOMMENDATIONS -> at.kind() == Placement.Kind.RECOMMENDATIONS;
            case QUERY -> at.kind() == Placement.Kind.QUERY && at.query().equals(query);
            case SHELF -> at.kind() == Placement.Kind.SHELF && at.category().map(category::equals).orElse(false)
                    && (subCategory.isEmpty() || at.subCategory().map(subCategory::equals).orElse(false));
        };
    }

    /** Does {@code p} match every part of this rule's match, and belong to the rule's seller if it has one? */
    public boolean matches(Product p, Instant now) {
        if (!owner.isEmpty() && !owner.equals(p.sellerId())) {
            return false;
        }
        long price = p.price().cents();
        return (product.isEmpty() || product.equals(p.id().value()))
                && (brand.isEmpty() || p.brand().map(brand::equalsIgnoreCase).orElse(false))
                && (attribute.isEmpty() || attributeMatches(p.attributes()))
                && (minPriceCents < 0 || price >= minPriceCents)
                && (maxPriceCents < 0 || price <= maxPriceCents)
                && (newWithinDays <= 0 || !p.createdAt().isBefore(now.minus(Duration.ofDays(newWithinDays))))
                && (seller.isEmpty() || seller.equals(p.sellerId()));
    }

    /** Attribute keys compare without case; "colour" also finds "color" and "couleur". */
    private boolean attributeMatches(Map<String, String> attributes) {
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            boolean sameKey = key.equals(attribute) || (isColour(attribute) && isColour(key));
            if (sameKey && a.getValue() != null && a.getValue().strip().equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isColour(String key) {
        return key.equals("colour") || key.equals("color") || key.equals("couleur") || key.equals("basecolour");
    }
}
