/**
 * The shop's own figures at {@code /metrics} (MicroProfile Metrics, application scope): what the features serve and
 * the age of the live models. Features call {@link io.vitrine.platform.metrics.ShopMetrics} with one line each.
 */
package io.vitrine.platform.metrics;
