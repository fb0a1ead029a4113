/**
 * Importers of interaction logs: MovieLens {@code user item rating timestamp} files and JSON lines. Each event gets
 * a deterministic id, and {@link io.vitrine.events.EventRepository#insertNew} stores only unseen ids, so importing
 * the same file twice stores every event once.
 */
package io.vitrine.events.importer;
