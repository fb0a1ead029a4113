package io.vitrine.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An {@code Idempotency-Key} was used before with a different request (422), or its first request is still being
 * processed (409 with {@code Retry-After}): either way this request is not carried out.
 */
public class IdempotencyConflictException extends RuntimeException {

    private final boolean inProgress;

    private IdempotencyConflictException(String message, boolean inProgress) {
        super(message);
        this.inProgress = inProgress;
    }

    public static IdempotencyConflictException reused() {
        return new IdempotencyConflictException("this Idempotency-Key was already used with a different request", false);
    }

    public static IdempotencyConflictException stillRunning() {
        return new IdempotencyConflictException("a request with this Idempotency-Key is still being processed", true);
    }

    public boolean isInProgress() {
        return inProgress;
    }

    @Provider
    public static class Mapper implements ExceptionMapper<IdempotencyConflictException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(IdempotencyConflictException e) {
            if (e.isInProgress()) {
                return Response.fromResponse(Problem.of(Response.Status.CONFLICT, e.getMessage()).at(ProblemMappers.path(uri))
                        .toResponse()).header("Retry-After", 1).build();
            }
            return Problem.of(422, "Unprocessable Content", e.getMessage()).at(ProblemMappers.path(uri)).toResponse();
        }
    }
}
