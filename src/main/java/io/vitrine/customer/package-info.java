/**
 * Accounts of shoppers, sellers and admins, with PBKDF2 password hashes, and {@link io.vitrine.customer.Shopper}:
 * who is shopping in this web session, with the interactions every page records for the recommenders.
 */
package io.vitrine.customer;
