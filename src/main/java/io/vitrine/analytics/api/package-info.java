/** REST edge of the dashboards: {@code /api/v1/analytics} summary, chart data and product analysis, scoped to the caller's seller. */
package io.vitrine.analytics.api;
