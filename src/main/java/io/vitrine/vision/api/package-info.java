/**
 * REST edge of photo search: {@code POST /api/v1/search/image} (raw or multipart upload),
 * {@code GET /api/v1/products/{id}/looks-like} and the admin retraining trigger; refused uploads become
 * problem+json 4xx answers ({@link io.vitrine.vision.api.ImageRejectedMapper}).
 */
package io.vitrine.vision.api;
