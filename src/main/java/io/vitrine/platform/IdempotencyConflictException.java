package io.vitrine.platform;

import jakarta.ws.rs.core.Response;
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
    public static class Mapper extends ProblemMappers.ToProblem<IdempotencyConflictException> {
        public Mapper() {
            super((e, path) -> e.isInProgress() ? Problem.of(Response.Status.CONFLICT, e.getMessage()).at(path)
                    : Problem.of(422, "Unprocessable Content", e.getMessage()).at(path));
        }

        @Override
        protected Response answer(IdempotencyConflictException e, Response problem) {
            return e.isInProgress() ? Response.fromResponse(problem).header("Retry-After", 1).build() : problem;
        }
    }
}
