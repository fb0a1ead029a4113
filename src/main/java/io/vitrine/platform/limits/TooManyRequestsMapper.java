package io.vitrine.platform.limits;

import io.vitrine.platform.Problem;
import io.vitrine.platform.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** 429 {@code application/problem+json} with {@code Retry-After} in seconds. */
@Provider
public class TooManyRequestsMapper extends ProblemMappers.ToProblem<TooManyRequestsException> {

    public TooManyRequestsMapper() {
        super((e, path) -> Problem.of(429, "Too Many Requests", e.getMessage()).at(path));
    }

    @Override
    protected Response answer(TooManyRequestsException e, Response problem) {
        return Response.fromResponse(problem).header("Retry-After", retryAfter(e)).build();
    }

    /** Whole seconds, at least 1 (RFC 9110 delay-seconds). */
    static String retryAfter(TooManyRequestsException e) {
        return Long.toString(e.retryAfterSeconds());
    }
}
