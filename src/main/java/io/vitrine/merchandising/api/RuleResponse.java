package io.vitrine.merchandising.api;

import io.vitrine.merchandising.Merchandising;
import io.vitrine.merchandising.MerchandisingRule;
import io.vitrine.merchandising.RuleDraft;

import java.time.Instant;

/**
 * A stored rule: its id, who it belongs to ({@code owner}: empty for the shop's, a seller id), its sentence, the rule
 * as it can be sent back in a PUT, and who changed it last and when.
 */
public record RuleResponse(String id, String owner, String description, RuleDraft rule, String changedBy,
                           String changedAt) {

    static RuleResponse of(MerchandisingRule r) {
        return new RuleResponse(r.id(), r.owner(), Merchandising.describe(r), draftOf(r), r.changedBy(),
                Instant.ofEpochMilli(r.changedAt()).toString());
    }

    static RuleDraft draftOf(MerchandisingRule r) {
        return new RuleDraft(r.action(), r.placement(), r.category(), r.subCategory(), r.query(), r.product(),
                r.brand(), r.attribute(), r.value(), r.minPriceCents() < 0 ? null : r.minPriceCents(),
                r.maxPriceCents() < 0 ? null : r.maxPriceCents(), r.newWithinDays() == 0 ? null : r.newWithinDays(),
                r.seller(), r.position() == 0 ? null : r.position(), r.strength() == 1 ? null : r.strength(), r.note());
    }
}
