/**
 * Offline evaluation: ranking metrics (one method each), catalogue coverage, the evaluation protocols of the
 * public data sets, and hyper-parameter tuning on validation splits carved from training data.
 */
package io.vitrine.recommend.eval;
