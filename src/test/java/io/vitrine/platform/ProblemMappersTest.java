package io.vitrine.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each mapper puts in the problem document (the JAX-RS Response around it needs a server). */
class ProblemMappersTest {

    @Test
    void theProjectsOwnBadInputIsA400WithItsMessage() {
        Problem p = new ProblemMappers.Own().problem(new InvalidInputException("size must be 1 to 100"), "/api/v1/x");
        assertEquals(400, p.status());
        assertEquals("size must be 1 to 100", p.detail());
        assertEquals("/api/v1/x", p.instance());
    }

    @Test
    void badFieldsCheckedInPlainJavaAreA400ListingEachAsValidationDoes() {
        Problem p = new ProblemMappers.Own().problem(InvalidInputException.ofFields(List.of(
                new Problem.FieldError("rating", "must be less than or equal to 5"),
                new Problem.FieldError("type", "must not be blank"))), "/api/v1/events");
        assertEquals(400, p.status());
        assertEquals("rating: must be less than or equal to 5; type: must not be blank", p.detail());
        assertEquals(List.of(new Problem.FieldError("rating", "must be less than or equal to 5"),
                new Problem.FieldError("type", "must not be blank")), p.errors());
        assertEquals(List.of(), new ProblemMappers.Own().problem(new InvalidInputException("x"), "/").errors());
    }

    @Test
    void theProjectsOwnConflictIsA409WithItsMessage() {
        Problem p = new ProblemMappers.Own().problem(new ConflictException("product p1 already exists"), "/p");
        assertEquals(409, p.status());
        assertEquals("product p1 already exists", p.detail());
    }

    @Test
    void aLibrarysIllegalArgumentOrStateIsA500WithAnIncidentIdAndNothingInternal() {
        CapturingHandler log = new CapturingHandler();
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        logger.addHandler(log);
        try {
            for (RuntimeException e : new RuntimeException[] {
                    new IllegalArgumentException("org.bson.BsonInvalidOperationException: secret internals at /srv/x"),
                    new IllegalStateException("connection pool closed: mongodb://user:pw@db")}) {
                Problem p = new ProblemMappers.Unexpected().problem(e, "/api/v1/events");
                assertEquals(500, p.status());
                assertTrue(p.detail().matches("an unexpected error occurred; incident [0-9a-f-]{36} is logged"), p.detail());
                assertFalse(p.toString().contains("secret") || p.toString().contains("pw@")
                        || p.toString().contains("Exception"), p.toString());
                String incident = p.detail().replaceAll(".*incident ([0-9a-f-]{36}).*", "$1");
                assertTrue(log.last.getMessage().contains(incident), "the log names the same incident");
                assertSame(e, log.last.getThrown(), "the log has the stack trace");
            }
        } finally {
            logger.removeHandler(log);
        }
    }

    @Test
    void notReadyIsA503() {
        NotReadyException e = new NotReadyException("the index is building", 7) { };
        Problem p = new ProblemMappers.Own().problem(e, "/api/v1/search");
        assertEquals(503, p.status());
        assertEquals("the index is building", p.detail());
        assertEquals(7, e.retryAfterSeconds());
        assertEquals(5, new io.vitrine.chat.ChatUnavailableException("loading").retryAfterSeconds(),
                "the chat's loading model is a NotReadyException too, not a 409");
    }

    @Test
    void oneTableMapsEveryOwnExceptionAndLeavesTheRestAnIncident() {
        ProblemMappers.Own own = new ProblemMappers.Own();
        assertEquals(404, own.problem(new NotFoundException("no product p9"), "/p").status());
        assertEquals(401, own.problem(AccessDeniedException.unauthenticated(), "/p").status());
        Problem forbidden = own.problem(AccessDeniedException.forbidden("not your product"), "/p");
        assertEquals(403, forbidden.status());
        assertEquals("not your product", forbidden.detail());
        Problem library = own.problem(new IllegalArgumentException("org.bson internals"), "/p");
        assertEquals(500, library.status(), "a library's IllegalArgumentException is no bad input");
        assertFalse(library.detail().contains("bson"), library.detail());
    }

    @Test
    void projectExceptionsStayCatchableAsTheirJdkParents() {
        assertTrue(IllegalArgumentException.class.isAssignableFrom(InvalidInputException.class));
        assertTrue(IllegalStateException.class.isAssignableFrom(ConflictException.class));
    }

    private static final class CapturingHandler extends Handler {
        volatile LogRecord last;

        @Override
        public void publish(LogRecord record) {
            last = record;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
