/**
 * The statistics of experiments, plain Java with no CDI: per-variant rates and means with confidence intervals
 * ({@link io.vitrine.experiment.analysis.Sample}), the always-valid mSPRT for a difference of two means
 * ({@link io.vitrine.experiment.analysis.Msprt}), the fixed-horizon sample size, team-draft interleaving and the
 * tests of its preferences, and the verdict in plain words.
 */
package io.vitrine.experiment.analysis;
