package io.vitrine.platform.web;

import io.vitrine.platform.security.CurrentCaller;
import io.vitrine.platform.security.Role;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;


/**
 * The logged-in person of a seller or admin page as a {@link Caller}, the same identity the REST API works with, so
 * the services apply one set of rules. The web.xml constraints keep anonymous visitors out before this runs.
 */
@RequestScoped
public class PageCaller {

    @Inject
    CurrentCaller callers;
    @Inject
    FacesContext faces;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            ExternalContext ec = faces.getExternalContext();
            String email = ec.getUserPrincipal() == null ? null : ec.getUserPrincipal().getName();
            caller = email == null ? Caller.ANONYMOUS
                    : callers.fromAccount(email, ec.isUserInRole(Role.ADMIN.name()), ec.isUserInRole(Role.SELLER.name()));
        }
        return caller;
    }

    /** The seller the logged-in account acts for; 403 for anyone else. */
    public String sellerId() {
        return get().sellerId().orElseThrow(() -> AccessDeniedException.forbidden("this page is for sellers"));
    }
}
