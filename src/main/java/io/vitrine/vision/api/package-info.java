/**
 * REST edge of photo search: {@code POST /api/v1/search/image} (raw or multipart upload),
 * {@code GET /api/v1/products/{id}/looks-like} (retraining is {@code /api/v1/admin/models/vision-cnn/...} in
 * {@code platform.models.api}); refused uploads become
 * problem+json 4xx answers ({@link io.vitrine.vision.api.ImageRejectedMapper}).
 */
package io.vitrine.vision.api;
