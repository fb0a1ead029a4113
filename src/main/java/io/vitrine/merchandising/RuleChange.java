package io.vitrine.merchandising;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/**
 * Who changed which merchandising rule, when and how ({@code merchandising_changes}): {@code change} is CREATED,
 * UPDATED or DELETED, {@code rule} the rule's description after the change (before it, for a deletion).
 */
@Entity("merchandising_changes")
public record RuleChange(@Id String id, @Column String ruleId, @Column String owner, @Column String change,
                         @Column String by, @Column long at, @Column String rule) {
}
