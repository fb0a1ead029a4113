package io.vitrine.platform.startup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StartupSequenceTest {

    private record Step(Phase phase, String name, List<String> ran, boolean fails) implements StartupStep {
        @Override
        public void onStartup() {
            ran.add(name);
            if (fails) {
                throw new IllegalStateException("boom");
            }
        }
    }

    @Test
    void runsPhaseByPhaseThenByNameAndGoesOnAfterAFailure() {
        List<String> ran = new ArrayList<>();
        List<StartupStep> steps = List.of(
                new Step(StartupStep.Phase.FIGURES, "rollup", ran, false),
                new Step(StartupStep.Phase.MODELS, "2-recommend", ran, false),
                new Step(StartupStep.Phase.SCHEMA, "indexes", ran, true),
                new Step(StartupStep.Phase.MODELS, "1-chat", ran, false),
                new Step(StartupStep.Phase.DATA, "1-demo", ran, false));

        StartupSequence.run(steps);

        assertEquals(List.of("indexes", "1-demo", "1-chat", "2-recommend", "rollup"), ran);
    }
}
