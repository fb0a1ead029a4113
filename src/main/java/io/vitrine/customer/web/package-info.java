/** Page beans of accounts: log-in and log-out. */
package io.vitrine.customer.web;
