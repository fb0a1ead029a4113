/**
 * Seller and admin dashboards: {@link io.vitrine.analytics.AnalyticsService} holds a daily roll-up
 * ({@link io.vitrine.analytics.SalesCube}) read from the database by aggregation pipelines
 * ({@link io.vitrine.analytics.RollupReader}), saved between starts so a warm start reads only the events since
 * ({@link io.vitrine.analytics.RollUpSnapshot}), and kept current by the shop's CDI events; {@link
 * io.vitrine.analytics.Reports} turns it into key figures, chart data and product analyses with hints
 * ({@link io.vitrine.analytics.Hints}). Every read is scoped to one seller unless the caller is an administrator.
 */
package io.vitrine.analytics;
