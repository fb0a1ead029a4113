/** The REST edge of event ingestion: {@code POST /api/v1/events}. */
package io.vitrine.events.api;
