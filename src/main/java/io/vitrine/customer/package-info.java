/** Accounts of shoppers, sellers and admins, with PBKDF2 password hashes. */
package io.vitrine.customer;
