/**
 * Page beans of photo search: the upload page ({@code /vision/photo.xhtml}) sends the photo to
 * {@code POST /api/v1/search/image} from the browser and shows the predicted sub-category and the look-alikes.
 */
package io.vitrine.vision.web;
