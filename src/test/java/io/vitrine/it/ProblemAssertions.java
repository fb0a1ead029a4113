package io.vitrine.it;

import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every error answer of the API must be: the status, an RFC 9457 body that says why, and no stack trace. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static void assertProblem(Api.Resp r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType() + " " + r.body());
        JsonObject problem = r.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail", "").isBlank(), "a problem says why");
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no exception names or stack traces: " + r.body());
    }
}
