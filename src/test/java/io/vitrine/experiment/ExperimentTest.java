package io.vitrine.experiment;

import io.vitrine.experiment.analysis.Sample;
import io.vitrine.experiment.analysis.TeamDraft;
import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.recommend.Recommendations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static Experiment draft(Experiment.Mode mode) {
        return new Experiment("exp-3", "EASE v7 against v9", mode,
                List.of(new Variant("A", Variant.Kind.LIVE, 0, 50), new Variant("B", Variant.Kind.MODEL_VERSION, 9, 50)),
                Set.of("home", "rest"), Metric.CLICK_THROUGH, new Experiment.Plan(0.1, 0.2, 0.05, 0.8),
                new Experiment.Guardrails(250, 0.2), T0);
    }

    @Test
    void lifeGoesDraftRunningPausedRunningStopped() {
        Experiment e = draft(Experiment.Mode.AB);
        assertEquals(Experiment.Status.DRAFT, e.status());
        assertFalse(e.serves("home"));
        e.start(T0);
        assertTrue(e.serves("home"));
        assertFalse(e.serves("similar"));
        assertThrows(ConflictException.class, () -> e.start(T0));
        e.pause();
        assertFalse(e.serves("home"));
        e.start(T0.plusSeconds(60));
        assertEquals(Optional.of(T0), e.startedAt(), "a resume keeps the first start");
        e.stop(T0.plusSeconds(120), "enough", "B");
        assertThrows(ConflictException.class, () -> e.start(T0));
        assertThrows(ConflictException.class, e::pause);
        e.promoted(9);
        assertThrows(ConflictException.class, () -> e.promoted(9), "promoted once");
    }

    @Test
    void badDefinitionsAre400() {
        assertThrows(InvalidInputException.class, () -> new Variant("Z", Variant.Kind.LIVE, 0, 50));
        assertThrows(InvalidInputException.class, () -> new Variant("B", Variant.Kind.MODEL_VERSION, 0, 50));
        assertThrows(InvalidInputException.class, () -> new Experiment.Plan(0.1, 0.2, 0.5, 0.8));
        assertThrows(InvalidInputException.class, () -> new Experiment("exp-1", "x", Experiment.Mode.AB,
                List.of(new Variant("A", Variant.Kind.LIVE, 0, 60), new Variant("B", Variant.Kind.MODEL_VERSION, 2, 50)),
                Set.of("home"), Metric.CLICK_THROUGH, new Experiment.Plan(0.1, 0.2, 0.05, 0.8), new Experiment.Guardrails(250, 0.2), T0));
        assertThrows(InvalidInputException.class, () -> new Experiment("exp-1", "x", Experiment.Mode.INTERLEAVING,
                List.of(new Variant("A", Variant.Kind.LIVE, 0, 50), new Variant("B", Variant.Kind.MODEL_VERSION, 2, 50)),
                Set.of("home"), Metric.REVENUE_PER_VISITOR, new Experiment.Plan(0.1, 0.2, 0.05, 0.8), new Experiment.Guardrails(250, 0.2), T0));
        assertThrows(InvalidInputException.class, () -> new Experiment("exp-1", "x", Experiment.Mode.AB,
                List.of(new Variant("A", Variant.Kind.LIVE, 0, 50), new Variant("B", Variant.Kind.MODEL_VERSION, 2, 50)),
                Set.of("checkout"), Metric.CLICK_THROUGH, new Experiment.Plan(0.1, 0.2, 0.05, 0.8), new Experiment.Guardrails(250, 0.2), T0));
    }

    @Test
    void aBlendRecipeIsAVariant() {
        assertEquals(java.util.Map.of("knn", 1.0, "popularity", 0.5), Variant.parseRecipe(" knn=1, Popularity = 0.5 "));
        assertEquals(java.util.Map.of("ease", 2.0, "ials", 0.0), Variant.parseRecipe("ease=2;ials=0"));
        assertTrue(Variant.parseRecipe("  ").isEmpty());
        assertThrows(InvalidInputException.class, () -> Variant.parseRecipe("knn"));
        assertThrows(InvalidInputException.class, () -> Variant.parseRecipe("knn=lots"));

        Variant b = Variant.blend("B", java.util.Map.of("popularity", 0.5, "knn", 1.0), 50);
        assertEquals(Variant.Kind.BLEND, b.kind());
        assertEquals(0, b.modelVersion());
        assertEquals(List.of("knn", "popularity"), List.copyOf(b.recipe().keySet()), "kept in name order");
        assertEquals(java.util.Map.of("knn", 1.0, "popularity", 0.5), b.recipe());
        assertEquals("blend knn=1.0;popularity=0.5", b.describe());
        assertTrue(new Variant("A", Variant.Kind.LIVE, 0, 50).recipe().isEmpty());

        assertThrows(InvalidInputException.class, () -> Variant.blend("B", java.util.Map.of(), 50));
        assertThrows(InvalidInputException.class, () -> Variant.blend("B", java.util.Map.of("magic", 1.0), 50));
        assertThrows(InvalidInputException.class, () -> Variant.blend("B", java.util.Map.of("knn", -1.0), 50));
        assertThrows(InvalidInputException.class, () -> Variant.blend("B", java.util.Map.of("knn", 0.0), 50));
        assertThrows(InvalidInputException.class, () -> Variant.blend("B", java.util.Map.of("knn", Double.POSITIVE_INFINITY), 50));
    }

    @Test
    void assignmentIsStableAndFollowsTheShares() {
        Experiment e = draft(Experiment.Mode.AB);
        String first = e.variantFor("anon:web-1234");
        for (int i = 0; i < 5; i++) {
            assertEquals(first, e.variantFor("anon:web-1234"));
        }
        int b = 0;
        for (int i = 0; i < 10_000; i++) {
            b += e.variantFor("shopper-" + i).equals("B") ? 1 : 0;
        }
        // 50 % of 10,000: binomial sd 50, so 4,800..5,200 is four sd
        assertTrue(b > 4800 && b < 5200, "B got " + b);
        assertEquals(Assignment.bucket("exp-3", "x"), Assignment.bucket("exp-3", "x"));
        assertEquals("I", draft(Experiment.Mode.INTERLEAVING).variantFor("anyone"));
    }

    @Test
    void sourcesRoundTripBetweenServingAndAttribution() {
        Recommendations r = new Recommendations(List.of(), 7, false).in("exp-3", "B");
        assertEquals("recommendation:for-you:exp-3:B", r.source("recommendation:for-you"));
        assertEquals(Attribution.source("recommendation:for-you", "exp-3", "B"), r.source("recommendation:for-you"));
        assertEquals(Optional.of(new Attribution.Tag("exp-3", "B")), Attribution.parse(r.source("recommendation:similar")));
        assertEquals("recommendation:similar", new Recommendations(List.of(), 7, false).source("recommendation:similar"));
        assertEquals(Optional.empty(), Attribution.parse("recommendation:similar"));
    }

    @Test
    void scoreboardCountsExposedShoppersOnlyAndCarriesTheLogIn() {
        Scoreboard board = new Scoreboard();
        board.exposed("anon:1", "A", T0);
        board.exposed("anon:2", "B", T0);
        board.exposed("anon:2", "A", T0); // a second list never changes the variant
        board.clicked("anon:2", "p1");
        board.clicked("stranger", "p1");
        board.loggedIn("anon:1", "alice");
        board.carted(board.unitOf("alice"));
        board.purchased(board.unitOf("alice"), 1250);
        assertEquals(2, board.visitors());
        assertEquals(Sample.ofRate(0, 1), board.samples(Metric.CLICK_THROUGH).get("A"));
        assertEquals(Sample.ofRate(1, 1), board.samples(Metric.CLICK_THROUGH).get("B"));
        assertEquals(Sample.ofRate(1, 1), board.samples(Metric.ADD_TO_CART).get("A"));
        assertEquals(12.5, board.samples(Metric.REVENUE_PER_VISITOR).get("A").mean(), 1e-12);
        assertEquals("anon:1", board.unitOf("alice"));
        board.loggedIn("anon:9", "bob"); // never exposed anonymously: bob is his own unit
        assertEquals("bob", board.unitOf("bob"));
    }

    @Test
    void interleavedClicksCreditTheTeams() {
        Scoreboard board = new Scoreboard();
        board.exposed("u", "I", T0);
        board.shown("u", new TeamDraft.Interleaved<>(List.of("p1", "p2", "p3"), List.of(TeamDraft.Team.A, TeamDraft.Team.B, TeamDraft.Team.B)));
        board.clicked("u", "p2");
        assertEquals(new Scoreboard.Preferences(1, 0, 0), board.preferences());
        board.clicked("u", "p1");
        assertEquals(new Scoreboard.Preferences(0, 0, 1), board.preferences(), "one click each: a tie");
    }

    @Test
    void analysisSaysWhoLeadsInWords() {
        Experiment e = draft(Experiment.Mode.AB);
        Scoreboard board = new Scoreboard();
        for (int i = 0; i < 1000; i++) {
            board.exposed("a" + i, "A", T0);
            board.exposed("b" + i, "B", T0);
            if (i % 10 == 0) {
                board.clicked("a" + i, "p");
            }
            if (i % 5 == 0) {
                board.clicked("b" + i, "p");
            }
        }
        Analysis a = Analysis.of(e, board);
        assertEquals(3839, a.plannedPerVariant());
        assertEquals("B", a.verdict().winner());
        assertEquals("B is better than A by 100.0 % click-through, 95.0 % sure.", a.verdict().words());
        assertEquals(1000, a.arms().get(0).visitors());
        assertEquals(0.1, a.arms().get(0).value(), 1e-12);
    }
}
