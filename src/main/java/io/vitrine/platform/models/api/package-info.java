/**
 * The admin REST surface of every model kind ({@code /api/v1/admin/models/...}) and {@link
 * io.vitrine.platform.models.api.ModelAdmin}, which the older per-feature retrain endpoints delegate to.
 */
package io.vitrine.platform.models.api;
