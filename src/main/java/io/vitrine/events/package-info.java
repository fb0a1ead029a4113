/**
 * Shopper interactions (view, click, add-to-cart, purchase, rating, like, search) and their ingestion with
 * idempotency. The recommenders learn from them and the seller dashboards count them. The shop's own events (page
 * views, searches) are stored off the request by {@link io.vitrine.events.EventBatcher}; readers of many events
 * (training, popularity, the analytics roll-up) go through {@link io.vitrine.events.EventScan}. Events are stored
 * under ids that keep time's or the sender's order ({@link io.vitrine.events.EventIds}), so a batch writes few pages.
 */
package io.vitrine.events;
