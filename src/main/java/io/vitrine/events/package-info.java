/**
 * Shopper interactions (view, click, add-to-cart, purchase, rating, like, search) and their ingestion with
 * idempotency. The recommenders learn from them and the seller dashboards count them. The shop's own events (page
 * views, searches) are stored off the request by {@link io.vitrine.events.EventBatcher}; readers of many events
 * (training, popularity, the analytics roll-up) go through {@link io.vitrine.events.EventScan}.
 */
package io.vitrine.events;
