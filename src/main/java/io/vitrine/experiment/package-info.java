/**
 * Experiments (#18): live traffic decides between recommendation variants. An {@link io.vitrine.experiment.Experiment}
 * (MongoDB, {@code experiments}) names its variants (the live model, or a saved registry version served beside it),
 * placements, primary metric, plan and guardrails. {@link io.vitrine.experiment.ExperimentRouting} plugs into
 * recommendation serving ({@code recommend.ListRouting}): a stable hash of the shopper's unit picks the variant (or
 * both lists are team-draft interleaved), the list carries experiment and variant, and its clicks come back with a
 * source such as {@code recommendation:for-you:exp-3:B}. {@link io.vitrine.experiment.ExperimentOutcomes} feeds the
 * {@link io.vitrine.experiment.Scoreboard}; {@link io.vitrine.experiment.Analysis} reads it with the always-valid tests
 * of {@code analysis}. Admin REST in {@code api}, the admin page's bean in {@code web}.
 */
package io.vitrine.experiment;
