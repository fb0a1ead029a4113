package io.vitrine.platform;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of the REST API into an {@code application/problem+json} answer. Only the project's own
 * exceptions carry their message to the caller: validation and {@link InvalidInputException} become 400,
 * {@link NotFoundException} 404, {@link ConflictException} 409, {@link AccessDeniedException} 401/403 and
 * {@link NotReadyException} 503 with {@code Retry-After}; JAX-RS' own client errors keep their status. Anything
 * else, a library's {@code IllegalArgumentException} or {@code IllegalStateException} included, is a 500 whose
 * body names only an incident id; the server log has the same id with the stack trace.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final String NOT_JSON = "the request body is not valid JSON for this operation";

    private ProblemMappers() {
    }

    static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
    }

    /**
     * A mapper whose answer is one problem for the request's path; a subclass names the problem in its constructor
     * and may add headers ({@link #answer}).
     */
    public abstract static class ToProblem<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        UriInfo uri;

        private final BiFunction<E, String, Problem> problem;

        /** The exception's own message under this status. */
        protected ToProblem(Response.Status status) {
            this((e, path) -> Problem.of(status, e.getMessage()).at(path));
        }

        protected ToProblem(BiFunction<E, String, Problem> problem) {
            this.problem = problem;
        }

        @Override
        public Response toResponse(E e) {
            return answer(e, problem(e, path(uri)).toResponse());
        }

        /** The problem document this exception becomes at this request path. */
        Problem problem(E e, String path) {
            return problem.apply(e, path);
        }

        /** The answer: the problem as it is, unless a subclass adds headers. */
        protected Response answer(E e, Response problem) {
            return problem;
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            String detail = errors.isEmpty() ? "invalid request"
                    : errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
            return Problem.of(Response.Status.BAD_REQUEST, detail).withErrors(errors).at(path(uri)).toResponse();
        }

        /** "create.arg0.price" becomes "price": the caller knows its fields, not our method names. */
        private static String field(ConstraintViolation<?> v) {
            String last = null;
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER
                        || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    last = node.getName();
                }
            }
            return last == null ? "request" : last;
        }
    }

    /** The project's own "bad input" (never a library's IllegalArgumentException: that is a 500 below). */
    @Provider
    public static class InvalidInput extends ToProblem<InvalidInputException> {
        public InvalidInput() {
            super(Response.Status.BAD_REQUEST);
        }
    }

    /** The project's own conflicts (never a library's IllegalStateException: that is a 500 below). */
    @Provider
    public static class Conflict extends ToProblem<ConflictException> {
        public Conflict() {
            super(Response.Status.CONFLICT);
        }
    }

    @Provider
    public static class NotFound extends ToProblem<NotFoundException> {
        public NotFound() {
            super(Response.Status.NOT_FOUND);
        }
    }

    /** 503 with {@code Retry-After} while a feature gets ready after start-up (every {@link NotReadyException}). */
    @Provider
    public static class NotReady extends ToProblem<NotReadyException> {
        public NotReady() {
            super(Response.Status.SERVICE_UNAVAILABLE);
        }

        @Override
        protected Response answer(NotReadyException e, Response problem) {
            return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
        }
    }

    @Provider
    public static class Forbidden extends ToProblem<AccessDeniedException> {
        public Forbidden() {
            super((e, path) -> Problem.of(e.isUnauthenticated() ? Response.Status.UNAUTHORIZED : Response.Status.FORBIDDEN,
                    e.getMessage()).at(path));
        }

        @Override
        protected Response answer(AccessDeniedException e, Response problem) {
            Response.ResponseBuilder r = Response.fromResponse(problem);
            if (e.isUnauthenticated()) {
                r.header("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
            }
            return r.build();
        }
    }

    @Provider
    public static class MalformedJson extends ToProblem<JsonbException> {
        public MalformedJson() {
            super((e, path) -> Problem.of(Response.Status.BAD_REQUEST, NOT_JSON).at(path));
        }
    }

    @Provider
    public static class Processing extends ToProblem<ProcessingException> {
        public Processing() {
            super((e, path) -> Problem.of(Response.Status.BAD_REQUEST, "the request body could not be read: it is malformed")
                    .at(path));
        }
    }

    @Provider
    public static class JaxRs implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original.getStatus();
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException || cause instanceof ProcessingException) {
                return Problem.of(Response.Status.BAD_REQUEST, NOT_JSON).at(path(uri)).toResponse();
            }
            if (e.getClass().getName().endsWith("ParamException")) {
                // Jersey answers 404 when a query or path parameter does not convert ("size=abc"): a client error
                return Problem.of(Response.Status.BAD_REQUEST, "a parameter of the request is not valid: "
                        + parameterName(e)).at(path(uri)).toResponse();
            }
            String reason = Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
            String detail = switch (status) {
                case 404 -> "no such resource";
                case 405 -> "method not allowed here";
                case 406 -> "cannot produce the requested media type";
                case 413 -> e.getMessage() != null ? e.getMessage() : "the request body is too large";
                case 415 -> "unsupported media type: send application/json";
                default -> e.getMessage() != null && status < 500 ? e.getMessage() : reason;
            };
            if (status >= 500) {
                return Unexpected.incident(e, uri);
            }
            Response.ResponseBuilder r = Response.fromResponse(Problem.of(status, reason, detail).at(path(uri)).toResponse());
            if (e instanceof NotAllowedException && original.getAllowedMethods() != null) {
                r.allow(original.getAllowedMethods());
            }
            return r.build();
        }
    }

    /** Jersey's ParamException names the parameter; read it without compiling against Jersey. */
    static String parameterName(WebApplicationException e) {
        try {
            return String.valueOf(e.getClass().getMethod("getParameterName").invoke(e));
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            return "unknown";
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            return incident(e, uri);
        }

        static Response incident(Throwable e, UriInfo uri) {
            return problem(e, path(uri)).toResponse();
        }

        /** Logs the failure with its stack under a new incident id; the caller's answer names only that id. */
        static Problem problem(Throwable e, String path) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident + " at " + path, e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                    "an unexpected error occurred; incident " + incident + " is logged").at(path);
        }
    }
}
