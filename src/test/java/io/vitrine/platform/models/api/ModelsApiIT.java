package io.vitrine.platform.models.api;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.vitrine.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one admin surface of every model kind, {@code /api/v1/admin/models}, on Payara Micro: the three engines are
 * listed, a kind's history read, a retraining started and followed, and the old per-feature path sees the same job.
 */
class ModelsApiIT extends DeployedShop {

    static JsonObject kind(JsonArray kinds, String name) {
        return kinds.stream().map(v -> v.asJsonObject()).filter(k -> k.getString("kind").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no kind " + name + " in " + kinds));
    }

    @Test
    void adminsListTheKindsReadAHistoryAndFollowARetraining() {
        assertProblem(api.get("/api/v1/admin/models"), 401);
        JsonArray kinds = admin.get("/api/v1/admin/models").jsonArray();
        Set<String> names = kinds.stream().map(v -> v.asJsonObject().getString("kind")).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("shop-blend", "vision-cnn", "chat-intent")), names.toString());
        JsonObject chat = kind(kinds, "chat-intent");
        assertTrue(chat.getBoolean("retrainable"));
        assertTrue(chat.getJsonNumber("liveVersion").longValue() >= 1, "chat serves from start-up on: " + chat);
        assertNotNull(kind(kinds, "shop-blend").getString("nextTraining", null), "the daily schedule has a next time");

        JsonArray history = admin.get("/api/v1/admin/models/chat-intent").jsonArray();
        assertFalse(history.isEmpty());
        assertEquals("live", history.getJsonObject(0).getString("status"), history.toString());
        assertProblem(admin.get("/api/v1/admin/models/no-such-kind"), 404);

        assertProblem(api.post("/api/v1/admin/models/chat-intent/retrain", "{}"), 401);
        Api.Resp started = admin.post("/api/v1/admin/models/chat-intent/retrain", "{}");
        assertEquals(202, started.status(), started.toString());
        String job = started.json().getString("id");
        assertTrue(started.header("Location").orElse("").endsWith("/api/v1/admin/models/chat-intent/jobs/" + job),
                started.header("Location").toString());
        JsonObject state = admin.get("/api/v1/admin/models/chat-intent/jobs/" + job).json();
        assertEquals(job, state.getString("id"));
        assertTrue(List.of("queued", "running", "live", "rejected", "failed").contains(state.getString("state")), state.toString());
        assertEquals(job, admin.get("/api/v1/admin/chat/retrain/" + job).json().getString("id"), "the old path is an alias");
        assertEquals(job, admin.post("/api/v1/admin/models/chat-intent/retrain", "{}").json().getString("id"),
                "one retraining of a kind at a time");
        assertProblem(admin.get("/api/v1/admin/models/chat-intent/jobs/no-such-job"), 404);
        assertProblem(admin.post("/api/v1/admin/models/no-such-kind/retrain", "{}"), 404);
    }
}
