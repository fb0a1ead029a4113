/**
 * Shopper interactions (view, click, add-to-cart, purchase, rating, like, search) and their ingestion with
 * idempotency. The recommenders learn from them and the seller dashboards count them.
 */
package io.vitrine.events;
