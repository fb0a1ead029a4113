package io.vitrine.customer;

/** What an account may do. */
public enum Role {
    SHOPPER, SELLER, ADMIN
}
