package io.vitrine.recommend;

import java.io.Serializable;
import java.util.Map;

/**
 * A rule set a model may carry instead of the shop's default diversity rules: at most {@code sellerShare} of a list
 * from one seller and {@code subCategoryShare} from one sub-category (fractions of the list's length, at least one
 * item each). The shop's default is about half each; 1 means no cap. An experiment tries one as a variant; promoting
 * it makes it the live model's rules.
 */
public record RuleSet(double sellerShare, double subCategoryShare) implements Serializable {

    /** The names a rule set is written with: {@code seller=0.3, subCategory=1}. */
    public static final String SELLER = "seller";
    public static final String SUB_CATEGORY = "subcategory";

    public RuleSet {
        if (!(sellerShare > 0 && sellerShare <= 1) || !(subCategoryShare > 0 && subCategoryShare <= 1)) {
            throw new IllegalArgumentException("a rule set's shares are fractions of the list in (0, 1]");
        }
    }

    /** From {@code seller} and {@code subcategory} shares; a missing one keeps the shop's default of one half. */
    public static RuleSet of(Map<String, Double> shares) {
        for (String name : shares.keySet()) {
            if (!name.equals(SELLER) && !name.equals(SUB_CATEGORY)) {
                throw new IllegalArgumentException("'" + name + "' is not a rule; use seller and subcategory (shares of the list)");
            }
        }
        return new RuleSet(shares.getOrDefault(SELLER, 0.5), shares.getOrDefault(SUB_CATEGORY, 0.5));
    }

    /** The rules of a list of {@code n} under this set: its caps replace the default ones (a sub-category asked for stays uncapped). */
    BlendRules apply(BlendRules rules, int n) {
        BlendRules capped = rules.maxPerSeller(cap(sellerShare, n));
        return rules.maxPerSubCategory() == Integer.MAX_VALUE || rules.subCategory().isPresent() ? capped
                : capped.maxPerSubCategory(cap(subCategoryShare, n));
    }

    private static int cap(double share, int n) {
        return share >= 1 ? Integer.MAX_VALUE : Math.max(1, (int) Math.ceil(share * n));
    }

    /** As written on the page and in the API: {@code seller=0.3;subcategory=1.0}. */
    @Override
    public String toString() {
        return SELLER + "=" + sellerShare + ";" + SUB_CATEGORY + "=" + subCategoryShare;
    }
}
