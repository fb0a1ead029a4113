/** The REST edge of orders: {@code /api/v1/orders}. */
package io.vitrine.order.api;
