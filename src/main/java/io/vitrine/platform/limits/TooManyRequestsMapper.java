package io.vitrine.platform.limits;

import io.vitrine.platform.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 429 {@code application/problem+json} with {@code Retry-After} in seconds. */
@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequestsException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(TooManyRequestsException e) {
        Problem problem = problem(e, uri == null ? null : uri.getRequestUri().getPath());
        return Response.fromResponse(problem.toResponse()).header("Retry-After", retryAfter(e)).build();
    }

    static Problem problem(TooManyRequestsException e, String path) {
        return Problem.of(429, "Too Many Requests", e.getMessage()).at(path);
    }

    /** Whole seconds, at least 1 (RFC 9110 delay-seconds). */
    static String retryAfter(TooManyRequestsException e) {
        return Long.toString(e.retryAfterSeconds());
    }
}
