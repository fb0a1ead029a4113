package io.vitrine.platform.limits;

import io.vitrine.platform.security.CurrentCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Spends a unit of the budget named by a method's {@link RateLimited}, after authentication: a caller with a key or
 * a session is counted by its name, an anonymous one by its address (the connection's, not a forwarded header that
 * anyone can write).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RateLimitFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest request;
    @Inject
    RateLimiter limiter;
    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext context) {
        RateLimited limited = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null && resource.getResourceClass() != null) {
            limited = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        if (limited != null) {
            limiter.check(limited.value(), who());
        }
    }

    private String who() {
        var c = caller.get();
        if (c.isAuthenticated()) {
            return "caller:" + c.name();
        }
        return "ip:" + (request == null ? "unknown" : request.getRemoteAddr());
    }
}
