package io.vitrine.merchandising;

import io.vitrine.platform.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;

/** The history of rule changes ({@code merchandising_changes}), written once per change, never updated. */
@ApplicationScoped
public class RuleChangeRepository extends MongoStore<RuleChange> {

    public RuleChangeRepository() {
        super(RuleChange.class, RuleChange::id);
    }

    public void add(RuleChange change) {
        template.insert(change);
    }
}
