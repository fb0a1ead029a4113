/** Page beans of accounts: sign-up, log-in (with the anonymous history merged) and log-out. */
package io.vitrine.customer.web;
