/**
 * Page beans of accounts: sign-up, log-in (with the anonymous history merged) and log-out, and {@code Shopper}, who
 * is shopping in this session and the events every page records for the recommenders.
 */
package io.vitrine.customer.web;
