/**
 * Offline quality measures for photo search: classification metrics over a labelled test set and the
 * precision of same-sub-category neighbours. The benchmark (test sources) runs these.
 */
package io.vitrine.vision.eval;
