package io.vitrine.platform.security;

import io.vitrine.platform.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;

/**
 * Identifies the caller of every REST request once: an {@code X-API-Key} header (a wrong key is a 401, not an
 * anonymous call) or else the logged-in account of the web session.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-API-Key";

    @Inject
    ApiKeys apiKeys;

    @Inject
    CurrentCaller current;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key != null) {
            Optional<Caller> caller = apiKeys.authenticate(key);
            if (caller.isEmpty()) {
                request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                                "the X-API-Key is not valid").at(request.getUriInfo().getRequestUri().getPath()).toResponse())
                        .header("WWW-Authenticate", "ApiKey header=\"X-API-Key\"").build());
                return;
            }
            current.set(caller.get());
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security != null && security.getUserPrincipal() != null) {
            current.set(current.fromAccount(security.getUserPrincipal().getName(),
                    security.isUserInRole(Role.ADMIN.name()), security.isUserInRole(Role.SELLER.name())));
        }
    }
}
