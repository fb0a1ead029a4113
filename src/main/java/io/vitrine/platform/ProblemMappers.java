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

    private ProblemMappers() {
    }

    static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
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
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(InvalidInputException e) {
            return problem(e, path(uri)).toResponse();
        }

        static Problem problem(InvalidInputException e, String path) {
            return Problem.of(Response.Status.BAD_REQUEST, e.getMessage()).at(path);
        }
    }

    /** The project's own conflicts (never a library's IllegalStateException: that is a 500 below). */
    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConflictException e) {
            return problem(e, path(uri)).toResponse();
        }

        static Problem problem(ConflictException e, String path) {
            return Problem.of(Response.Status.CONFLICT, e.getMessage()).at(path);
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).at(path(uri)).toResponse();
        }
    }

    /** 503 with {@code Retry-After} while a feature gets ready after start-up (every {@link NotReadyException}). */
    @Provider
    public static class NotReady implements ExceptionMapper<NotReadyException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(NotReadyException e) {
            return Response.fromResponse(problem(e, path(uri)).toResponse())
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }

        static Problem problem(NotReadyException e, String path) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()).at(path);
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(AccessDeniedException e) {
            Response.Status status = e.isUnauthenticated() ? Response.Status.UNAUTHORIZED : Response.Status.FORBIDDEN;
            Response.ResponseBuilder r = Response.fromResponse(Problem.of(status, e.getMessage()).at(path(uri)).toResponse());
            if (e.isUnauthenticated()) {
                r.header("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
            }
            return r.build();
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonbException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "the request body is not valid JSON for this operation")
                    .at(path(uri)).toResponse();
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "the request body could not be read: it is malformed")
                    .at(path(uri)).toResponse();
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
                return Problem.of(Response.Status.BAD_REQUEST, "the request body is not valid JSON for this operation")
                        .at(path(uri)).toResponse();
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
