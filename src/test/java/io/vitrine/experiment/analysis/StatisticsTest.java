package io.vitrine.experiment.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every figure here was worked out by hand (the comments show the arithmetic). */
class StatisticsTest {

    @Test
    void normalQuantilesAndCdf() {
        assertEquals(1.959964, Normal.quantile(0.975), 1e-6);
        assertEquals(0.841621, Normal.quantile(0.8), 1e-6);
        assertEquals(-2.326348, Normal.quantile(0.01), 1e-6);
        assertEquals(0.975, Normal.cdf(1.959964), 1e-6);
        assertEquals(0.5, Normal.cdf(0), 1e-7);
        // Γ(5) = 4! = 24; B(2, 3) = 1! 2! / 4! = 1/12
        assertEquals(Math.log(24), Normal.logGamma(5), 1e-10);
        assertEquals(Math.log(1.0 / 12), Normal.logBeta(2, 3), 1e-10);
    }

    @Test
    void wilsonIntervalOfHalf() {
        // p = .5, n = 100, z = 1.96: centre (.5 + z²/200) / (1 + z²/100) = .5;
        // half = z sqrt(.0025 + z²/40000) / (1 + z²/100) = 1.96 * .050951 / 1.038415 = .096170
        Sample.Interval i = Sample.ofRate(50, 100).wilson(0.95);
        assertEquals(0.5, i.estimate(), 1e-12);
        assertEquals(0.403830, i.low(), 1e-5);
        assertEquals(0.596170, i.high(), 1e-5);
    }

    @Test
    void meanAndVarianceOfRevenue() {
        // values 1, 2, 3, 6: mean 3, variance ((4 + 1 + 0 + 9) / 3) = 14/3, of the mean 14/12
        Sample s = Sample.empty().plus(1).plus(2).plus(3).plus(6);
        assertEquals(3, s.mean(), 1e-12);
        assertEquals(14.0 / 3, s.variance(), 1e-12);
        Sample.Interval i = s.normal(0.95);
        assertEquals(3 - 1.959964 * Math.sqrt(14.0 / 12), i.low(), 1e-5);
    }

    @Test
    void msprtLikelihoodRatioAndConfidenceSequence() {
        // A: 4 visitors of variance 4 -> V_A = 1; B likewise; V = 2. Make d = 2 with tau² = 2:
        // Lambda = sqrt(2/4) exp(2 * 4 / (2 * 2 * 4)) = .707107 * e^.5 = 1.165822 -> p = .857764
        Sample a = new Sample(4, 0, 12);          // mean 0, variance (12 - 0) / 3 = 4
        Sample b = new Sample(4, 8, 16 + 12);     // mean 2, variance (28 - 16) / 3 = 4
        Msprt.Reading r = new Msprt(0.05, 2).read(a, b);
        assertEquals(2, r.difference(), 1e-12);
        assertEquals(1 / (Math.sqrt(0.5) * Math.exp(0.5)), r.pValue(), 1e-9);
        assertEquals(0.857764, r.pValue(), 1e-6);
        // half width sqrt(2 * 4 / 2 * (2 ln 20 + ln 2)) = sqrt(4 * 6.684612) = 5.170924
        assertEquals(2 - 5.170924, r.low(), 1e-5);
        assertFalse(r.decided());
    }

    @Test
    void msprtDecidesOnAClearDifferenceAndItsBoundaryMatchesTheInterval() {
        Sample a = Sample.ofRate(100, 1000);
        Sample b = Sample.ofRate(200, 1000);
        Msprt.Reading r = new Msprt(0.05, 0.0004).read(a, b);
        assertTrue(r.decided());
        assertEquals(1, r.sign());
        assertTrue(r.low() > 0, "the confidence sequence leaves out 0 exactly when the test decides");
        assertFalse(new Msprt(0.05, 0.0004).read(a, a).decided());
    }

    @Test
    void sampleSizeForTenToTwelvePercent() {
        // (1.959964 + .841621)² (.1 * .9 + .12 * .88) / .02² = 7.848879 * .1956 / .0004 = 3838.1 -> 3839
        assertEquals(3839, SampleSize.perVariant(0.10, 0.20, 0.05, 0.80));
    }

    @Test
    void teamDraftMergesLikeTwoCaptains() {
        // coin: A first; then B first. A = x1 x2 x3, B = x2 x1 x4:
        // round 1: A takes x1, B takes x2; round 2 (B first): B takes x4 (x2, x1 gone), A takes x3
        Deque<Boolean> coins = new ArrayDeque<>(List.of(true, false));
        TeamDraft.Interleaved<String> merged = TeamDraft.merge(List.of("x1", "x2", "x3"), List.of("x2", "x1", "x4"), 4, coins::pop);
        assertEquals(List.of("x1", "x2", "x4", "x3"), merged.items());
        assertEquals(List.of(TeamDraft.Team.A, TeamDraft.Team.B, TeamDraft.Team.B, TeamDraft.Team.A), merged.teams());
        assertEquals(TeamDraft.Team.B, merged.teamOf("x4").orElseThrow());
        assertEquals(1, TeamDraft.preference(0, 2));
        assertEquals(0, TeamDraft.preference(1, 1));
    }

    @Test
    void teamDraftWithIdenticalListsKeepsTheOrder() {
        TeamDraft.Interleaved<String> merged = TeamDraft.merge(List.of("a", "b", "c"), List.of("a", "b", "c"), 5, () -> true);
        assertEquals(List.of("a", "b", "c"), merged.items());
    }

    @Test
    void signTestAndAlwaysValidPreference() {
        // 8 of 10 for B: 2 (C(10,8) + C(10,9) + C(10,10)) / 1024 = 2 * 56 / 1024 = .109375
        assertEquals(0.109375, PreferenceTest.signTest(8, 2), 1e-12);
        assertEquals(1, PreferenceTest.signTest(5, 5), 1e-12);
        // uniform mixture: Lambda = B(9, 3) 2^10 = 8! 2! / 11! * 1024 = 2048 / 990 -> p = 990 / 2048
        assertEquals(990.0 / 2048, PreferenceTest.alwaysValid(8, 2, 1), 1e-9);
    }

    @Test
    void verdictInPlainWords() {
        Verdict v = Verdict.ab(Sample.ofRate(100, 1000), Sample.ofRate(200, 1000), new Msprt(0.05, 0.0004), "click-through", 500);
        assertTrue(v.decided());
        assertEquals("B is better than A by 100.0 % click-through, 95.0 % sure.", v.words());
        Verdict open = Verdict.ab(Sample.ofRate(100, 1000), Sample.ofRate(105, 1000), new Msprt(0.05, 0.0004), "click-through", 3839);
        assertFalse(open.decided());
        assertEquals("No winner yet: B is ahead by 5.0 % click-through, not yet 95.0 % sure; 5,678 more visitors to reach the planned power.",
                open.words());
        assertEquals("B is better: 90.0 % of the shoppers who preferred one list preferred B's items, 95.0 % sure.",
                Verdict.interleaving(90, 10, 0.05, 50, 0).words());
        assertEquals("No winner yet: level of 0 preferences, not yet 95.0 % sure; about 1,200 more preferences planned.",
                Verdict.interleaving(0, 0, 0.05, 50, 1200).words());
    }
}
