/** Page beans of buying: the session's cart, checkout and the shopper's order history. */
package io.vitrine.order.web;
