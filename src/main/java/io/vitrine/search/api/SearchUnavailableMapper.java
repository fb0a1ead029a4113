package io.vitrine.search.api;

import io.vitrine.platform.Problem;
import io.vitrine.search.SearchUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 503 problem+json with {@code Retry-After} while the index is built at start-up (seconds, for 2,400 products). */
@Provider
public class SearchUnavailableMapper implements ExceptionMapper<SearchUnavailableException> {

    static final int RETRY_AFTER_SECONDS = 5;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(SearchUnavailableException e) {
        Problem problem = Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage())
                .at(uri == null ? null : uri.getRequestUri().getPath());
        return Response.fromResponse(problem.toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
