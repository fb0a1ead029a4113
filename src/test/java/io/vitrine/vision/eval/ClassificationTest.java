package io.vitrine.vision.eval;

import io.vitrine.vision.Prediction;
import io.vitrine.vision.VisualMatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassificationTest {

    private static List<Prediction> ranked(String... classes) {
        return java.util.Arrays.stream(classes).map(c -> new Prediction(c, 0)).toList();
    }

    @Test
    void accuracyTopKAndMacroF1ByHand() {
        Classification c = new Classification();
        c.add("A", ranked("A", "B", "C"));
        c.add("A", ranked("B", "A", "C"));
        c.add("B", ranked("B", "A", "C"));
        c.add("C", ranked("B", "C", "A"));

        assertEquals(0.5, c.accuracy(), 1e-12);
        assertEquals(1.0, c.topK(2), 1e-12);
        // F1: A = 2*1/(1+2) = 2/3, B = 2*1/(3+1) = 1/2, C = 0 -> mean 7/18
        assertEquals(2.0 / 3.0, c.f1("A"), 1e-12);
        assertEquals(7.0 / 18.0, c.macroF1(), 1e-12);
    }

    @Test
    void neighbourPrecisionCountsSameSubCategoryInTheFirstK() {
        List<VisualMatch> matches = List.of(new VisualMatch("1", "Shoes", 0.9), new VisualMatch("2", "Bags", 0.8),
                new VisualMatch("3", "Shoes", 0.7), new VisualMatch("4", "Shoes", 0.6));
        NeighbourPrecision p = new NeighbourPrecision(2);

        p.add("Shoes", matches);
        p.add("Bags", matches);

        assertEquals(0.5, NeighbourPrecision.of("Shoes", matches, 2), 1e-12);
        assertEquals(0.5, p.mean(), 1e-12);
        assertEquals(0.75, NeighbourPrecision.of("Shoes", matches, 4), 1e-12);
    }
}
