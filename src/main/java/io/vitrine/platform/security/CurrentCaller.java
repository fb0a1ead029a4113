package io.vitrine.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The caller of the current request, as {@link CallerFilter} identified it. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SellerAccounts sellers;
    @Inject
    ShopperIds shopperIds;

    private Caller caller = Caller.ANONYMOUS;

    public Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }

    /** The caller a logged-in account is, by its roles (pages use it too, so both edges apply the same rules). */
    public Caller fromAccount(String email, boolean admin, boolean seller) {
        if (admin) {
            return new Caller(Caller.Kind.ADMIN, email, Optional.empty());
        }
        if (seller) {
            return new Caller(Caller.Kind.SELLER, email, sellers.sellerOf(email));
        }
        // a shopper: known by the opaque id, so "own data only" rules compare ids, never e-mails
        return shopperIds.publicIdOf(email).map(id -> Caller.shopper(email, id)).orElse(Caller.ANONYMOUS);
    }
}
