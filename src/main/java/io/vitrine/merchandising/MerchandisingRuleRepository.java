package io.vitrine.merchandising;

import io.vitrine.platform.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;

/** The rules ({@code merchandising_rules}: a few hundred documents at most, read whole at start-up). */
@ApplicationScoped
public class MerchandisingRuleRepository extends MongoStore<MerchandisingRule> {

    public MerchandisingRuleRepository() {
        super(MerchandisingRule.class, MerchandisingRule::id);
    }

    public void delete(String id) {
        template.delete(MerchandisingRule.class, id);
    }
}
