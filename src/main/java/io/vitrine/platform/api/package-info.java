/**
 * The platform's public REST edge and what every feature's REST edge shares: {@code GET /api/v1/ping} and
 * {@link io.vitrine.platform.api.PageResponse}, the one shape of a page of results. Admin-only platform endpoints
 * are in {@code platform.admin}.
 */
package io.vitrine.platform.api;
