package io.vitrine.platform.security;

import java.util.Optional;

/**
 * Which seller a logged-in seller account manages: implemented by the feature that owns accounts, so
 * {@link CurrentCaller} can bind a seller's web session to its products without knowing that feature.
 */
public interface SellerAccounts {

    /** The seller id of the account named {@code accountName}, if it is a seller's. */
    Optional<String> sellerOf(String accountName);
}
