package io.vitrine.customer;

/** A seller's profile or logo changed (on this node): pages that show sellers read it again. */
public record SellerProfileChanged(String sellerId) {
}
