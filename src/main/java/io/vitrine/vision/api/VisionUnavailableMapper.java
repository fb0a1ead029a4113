package io.vitrine.vision.api;

import io.vitrine.platform.Problem;
import io.vitrine.vision.VisionUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 503 with Retry-After while the model loads and the catalogue's photos are embedded after start-up. */
@Provider
public class VisionUnavailableMapper implements ExceptionMapper<VisionUnavailableException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(VisionUnavailableException e) {
        Response problem = Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage())
                .at(uri == null ? null : uri.getRequestUri().getPath()).toResponse();
        return Response.fromResponse(problem).header("Retry-After", VisionUnavailableException.RETRY_AFTER_SECONDS).build();
    }
}
