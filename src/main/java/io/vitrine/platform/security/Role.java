package io.vitrine.platform.security;

/**
 * What an account may do: the roles Jakarta Security knows ({@link WebSecurity} declares them, web.xml guards pages
 * with them). Accounts (the customer feature) carry one; the platform reads them without knowing accounts.
 */
public enum Role {
    SHOPPER, SELLER, ADMIN
}
