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
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of the REST API into an {@code application/problem+json} answer. Only the project's own
 * exceptions carry their message to the caller: validation and {@link InvalidInputException} become 400,
 * {@link NotFoundException} 404, {@link ConflictException} 409, {@link AccessDeniedException} 401/403 and
 * {@link NotReadyException} 503 with {@code Retry-After} (one table, {@link Own}); JAX-RS' own client errors keep
 * their status. Anything
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
    public static class Validation extends ToProblem<ConstraintViolationException> {
        public Validation() {
            super((e, path) -> {
                List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                        .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                        .sorted(Comparator.comparing(Problem.FieldError::field))
                        .toList();
                return Problem.of(Response.Status.BAD_REQUEST, Problem.FieldError.detail(errors)).withErrors(errors).at(path);
            });
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

    /**
     * The project's own exceptions, one row each: the status their message is answered with and the headers that go
     * with it. Any other RuntimeException that reaches this mapper (JAX-RS, JSON-B and validation failures have nearer
     * mappers), a library's {@code IllegalArgumentException} or {@code IllegalStateException} included, is an incident.
     */
    @Provider
    public static class Own extends ToProblem<RuntimeException> {

        private static final List<Row<?>> ROWS = List.of(
                // "bad input" and conflicts: the project's own only, never a library's IllegalArgument/StateException
                row(InvalidInputException.class, e -> Response.Status.BAD_REQUEST),
                row(ConflictException.class, e -> Response.Status.CONFLICT),
                row(NotFoundException.class, e -> Response.Status.NOT_FOUND),
                // a feature getting ready after start-up
                row(NotReadyException.class, e -> Response.Status.SERVICE_UNAVAILABLE,
                        (e, answer) -> answer.header("Retry-After", e.retryAfterSeconds())),
                row(AccessDeniedException.class, e -> e.isUnauthenticated() ? Response.Status.UNAUTHORIZED : Response.Status.FORBIDDEN,
                        (e, answer) -> {
                            if (e.isUnauthenticated()) {
                                answer.header("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
                            }
                        }));

        public Own() {
            super((e, path) -> rowOf(e).map(row -> Problem.of(row.status(e), e.getMessage())
                            .withErrors(e instanceof InvalidInputException invalid ? invalid.errors() : List.of()).at(path))
                    .orElseGet(() -> Unexpected.incident(e, path)));
        }

        @Override
        protected Response answer(RuntimeException e, Response problem) {
            Response.ResponseBuilder answer = Response.fromResponse(problem);
            rowOf(e).ifPresent(row -> row.addHeaders(e, answer));
            return answer.build();
        }

        private static Optional<Row<?>> rowOf(RuntimeException e) {
            return ROWS.stream().filter(row -> row.type().isInstance(e)).findFirst();
        }

        private static <E extends RuntimeException> Row<E> row(Class<E> type, Function<E, Response.Status> status) {
            return new Row<>(type, status, (e, answer) -> { });
        }

        private static <E extends RuntimeException> Row<E> row(Class<E> type, Function<E, Response.Status> status,
                                                              BiConsumer<E, Response.ResponseBuilder> headers) {
            return new Row<>(type, status, headers);
        }

        private record Row<E extends RuntimeException>(Class<E> type, Function<E, Response.Status> statusOf,
                                                       BiConsumer<E, Response.ResponseBuilder> headers) {
            Response.Status status(RuntimeException e) {
                return statusOf.apply(type.cast(e));
            }

            void addHeaders(RuntimeException e, Response.ResponseBuilder answer) {
                headers.accept(type.cast(e), answer);
            }
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
    public static class JaxRs extends ToProblem<WebApplicationException> {
        public JaxRs() {
            super(JaxRs::problemOf);
        }

        private static Problem problemOf(WebApplicationException e, String path) {
            int status = e.getResponse().getStatus();
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException || cause instanceof ProcessingException) {
                return Problem.of(Response.Status.BAD_REQUEST, NOT_JSON).at(path);
            }
            if (e.getClass().getName().endsWith("ParamException")) {
                // Jersey answers 404 when a query or path parameter does not convert ("size=abc"): a client error
                return Problem.of(Response.Status.BAD_REQUEST, "a parameter of the request is not valid: "
                        + parameterName(e)).at(path);
            }
            if (status >= 500) {
                return Unexpected.incident(e, path);
            }
            String reason = Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
            String detail = switch (status) {
                case 404 -> "no such resource";
                case 405 -> "method not allowed here";
                case 406 -> "cannot produce the requested media type";
                case 413 -> e.getMessage() != null ? e.getMessage() : "the request body is too large";
                case 415 -> "unsupported media type: send application/json";
                default -> e.getMessage() != null ? e.getMessage() : reason;
            };
            return Problem.of(status, reason, detail).at(path);
        }

        /** A 405 names the methods that are allowed. */
        @Override
        protected Response answer(WebApplicationException e, Response problem) {
            if (e instanceof NotAllowedException && e.getResponse().getAllowedMethods() != null) {
                return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
            }
            return problem;
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
    public static class Unexpected extends ToProblem<Throwable> {
        public Unexpected() {
            super(Unexpected::incident);
        }

        /** Logs the failure with its stack under a new incident id; the caller's answer names only that id. */
        static Problem incident(Throwable e, String path) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident + " at " + path, e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                    "an unexpected error occurred; incident " + incident + " is logged").at(path);
        }
    }
}
