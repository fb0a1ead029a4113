/**
 * The storefront: the only place where the catalogue, recommendations, look-alikes and the chat meet. It owns no
 * data; its pages ({@code web}) call each feature's root service. Features never depend on the storefront.
 */
package io.vitrine.storefront;
