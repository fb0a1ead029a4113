package io.vitrine.merchandising;

import io.vitrine.platform.MongoStore;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;

import java.util.List;
import java.util.Optional;

/** The history of rule changes ({@code merchandising_changes}), written once per change, never updated. */
@ApplicationScoped
public class RuleChangeRepository extends MongoStore<RuleChange> {

    public RuleChangeRepository() {
        super(RuleChange.class, RuleChange::id);
    }

    public void add(RuleChange change) {
        template.insert(change);
    }

    /** The {@code limit} latest changes, newest first; of one owner's rules only when {@code owner} is given. */
    public List<RuleChange> latest(Optional<String> owner, int limit) {
        SelectQuery.QueryBuilder query = SelectQuery.builder().from(collection()).sort(Sort.desc("at")).limit(limit);
        owner.ifPresent(o -> query.where(CriteriaCondition.eq("owner", o)));
        return template.<RuleChange>select(query.build()).toList();
    }
}
