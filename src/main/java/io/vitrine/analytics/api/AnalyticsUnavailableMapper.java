package io.vitrine.analytics.api;

import io.vitrine.analytics.AnalyticsUnavailableException;
import io.vitrine.platform.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 503 problem+json with {@code Retry-After} until the first roll-up after start-up is done. */
@Provider
public class AnalyticsUnavailableMapper implements ExceptionMapper<AnalyticsUnavailableException> {

    static final int RETRY_AFTER_SECONDS = 10;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(AnalyticsUnavailableException e) {
        Problem problem = Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage())
                .at(uri == null ? null : uri.getRequestUri().getPath());
        return Response.fromResponse(problem.toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
