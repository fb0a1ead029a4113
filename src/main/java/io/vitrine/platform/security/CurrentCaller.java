package io.vitrine.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The caller of the current request, as {@link CallerFilter} identified it. Kept as an attribute of the servlet
 * request rather than in a request-scoped bean: Payara's injection of a request-scoped bean made for every request
 * cost about 3 % of the HTTP threads' CPU in the mixed load (docs/reliability.md, session 10); the attribute lives
 * and dies with the request all the same, and a request nobody identified is anonymous.
 */
@ApplicationScoped
public class CurrentCaller {

    static final String ATTRIBUTE = CurrentCaller.class.getName();

    @Inject
    SellerAccounts sellers;
    @Inject
    ShopperIds shopperIds;
    @Inject
    HttpServletRequest request;

    public Caller get() {
        return request.getAttribute(ATTRIBUTE) instanceof Caller caller ? caller : Caller.ANONYMOUS;
    }

    void set(Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
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
