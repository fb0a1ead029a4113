package io.vitrine.platform;

import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;

import java.util.List;
import java.util.Optional;

/** Small helpers for building JNoSQL document queries. */
public final class Documents {

    private Documents() {
    }

    /** All conditions joined with AND; empty when there is none (JNoSQL's and() wants at least two). */
    public static Optional<CriteriaCondition> and(List<CriteriaCondition> conditions) {
        return switch (conditions.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(conditions.get(0));
            default -> Optional.of(CriteriaCondition.and(conditions.toArray(CriteriaCondition[]::new)));
        };
    }
}
