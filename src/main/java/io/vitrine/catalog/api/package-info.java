/** The catalogue's REST edge: products, categories and images under {@code /api/v1}; DTO records live only here. */
package io.vitrine.catalog.api;
