package io.vitrine.recommend.api;

import io.vitrine.platform.Problem;
import io.vitrine.recommend.ModelNotReadyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 503 with Retry-After while the first training after start-up runs: the client retries, nothing is wrong. */
@Provider
public class ModelNotReadyMapper implements ExceptionMapper<ModelNotReadyException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ModelNotReadyException e) {
        Response problem = Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage())
                .at(uri == null ? null : uri.getRequestUri().getPath()).toResponse();
        return Response.fromResponse(problem).header("Retry-After", ModelNotReadyException.RETRY_AFTER_SECONDS).build();
    }
}
