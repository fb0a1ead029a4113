package io.vitrine.merchandising.api;

import io.vitrine.merchandising.RuleChange;

import java.time.Instant;

/** One entry of the rules' history: which rule, whose, what happened, who did it and when. */
public record ChangeResponse(String ruleId, String owner, String change, String by, String at, String rule) {

    static ChangeResponse of(RuleChange c) {
        return new ChangeResponse(c.ruleId(), c.owner(), c.change(), c.by(), Instant.ofEpochMilli(c.at()).toString(), c.rule());
    }
}
