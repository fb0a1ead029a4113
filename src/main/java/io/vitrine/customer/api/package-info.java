/**
 * The accounts' REST edge: admins manage staff accounts and invitations ({@code /api/v1/admin/accounts},
 * {@code /api/v1/admin/invitations}); anyone with a link accepts an invitation or resets a password, and the first
 * admin is set up while the shop has none ({@code /api/v1/accounts/...}).
 */
package io.vitrine.customer.api;
