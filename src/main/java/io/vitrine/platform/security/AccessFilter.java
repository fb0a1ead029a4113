package io.vitrine.platform.security;

import io.vitrine.platform.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Applies {@link AccessRules} to every REST request, after {@link CallerFilter} identified the caller and before
 * the resource (or even parameter validation) runs: 401 without an identity, 403 otherwise. A resource method
 * without a row is refused (and a unit test fails the build before that can ship).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());

    @Context
    ResourceInfo resource;
    @Inject
    CurrentCaller current;
    @Inject
    Instance<Owners> owners;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return; // nothing matched: JAX-RS answers 404/405 itself
        }
        String type = resource.getResourceClass().getSimpleName();
        Optional<AccessRules.Endpoint> row = AccessRules.of(type, resource.getResourceMethod().getName());
        Caller caller = current.get();
        if (row.isEmpty()) {
            LOG.severe(() -> "no access rule for " + type + "#" + resource.getResourceMethod().getName() + ": refused");
            deny(request, caller, "this operation has no access rule");
            return;
        }
        Rule rule = row.get().rule();
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (!rule.permits(caller, name -> Optional.ofNullable(path.getFirst(name)).or(() -> Optional.ofNullable(query.getFirst(name)))
                .map(String::strip))) {
            deny(request, caller, caller.isAuthenticated() ? "you may not do this" : null);
            return;
        }
        if (rule.owner().isPresent() && !caller.isAdmin() && caller.sellerId().isPresent()) {
            Rule.Owner owner = rule.owner().get();
            String id = path.getFirst(owner.param());
            Optional<Set<String>> sellers = id == null ? Optional.empty() : owners.stream()
                    .filter(o -> o.kind().equals(owner.kind())).findFirst().flatMap(o -> o.sellersOf(id));
            if (!rule.ownerAllows(caller, sellers)) {
                deny(request, caller, "this " + owner.kind() + " belongs to another seller");
            }
        }
    }

    private static void deny(ContainerRequestContext request, Caller caller, String reason) {
        String path = request.getUriInfo().getRequestUri().getPath();
        if (!caller.isAuthenticated()) {
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                            "this operation needs an X-API-Key header or a log-in").at(path).toResponse())
                    .header("WWW-Authenticate", "ApiKey header=\"X-API-Key\"").build());
        } else {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, reason == null ? "you may not do this" : reason)
                    .at(path).toResponse());
        }
    }
}
