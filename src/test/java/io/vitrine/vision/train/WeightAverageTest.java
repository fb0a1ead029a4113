package io.vitrine.vision.train;

import io.vitrine.vision.ImageTensors;
import io.vitrine.vision.TestImages;
import io.vitrine.vision.VisionModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WeightAverageTest {

    private static VisionModel model;

    /** A tiny network (one epoch on six generated shapes): the average is arithmetic, the training only gives weights. */
    @BeforeAll
    static void train() {
        List<LabelledImage> images = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            images.add(new LabelledImage(i % 2 == 0 ? "Bags" : "Shoes",
                    ImageTensors.letterbox(TestImages.product(24 + i, 24, i % 2 == 0 ? Color.RED : Color.BLUE, i % 2 == 1), 16)));
        }
        model = new VisionTrainer(VisionTrainer.Settings.defaults().withInputSize(16).withNetwork(List.of(4), 8)
                .withEpochs(1).withTimeBudget(Duration.ZERO)).train(images, ProgressListener.none());
    }

    @Test
    void averagesEveryParameterWithItsWeight() {
        float[] p = model.parameters().toFloatVector();
        VisionModel tripled = model.withParameters(model.parameters().mul(3));

        float[] averaged = WeightAverage.average(List.of(model, tripled), List.of(0.25, 0.75)).parameters().toFloatVector();

        // 0.25 * p + 0.75 * 3p = 2.5 p, parameter by parameter (batch norm's running statistics included)
        assertEquals(p.length, averaged.length);
        for (int i = 0; i < p.length; i++) {
            assertEquals(2.5f * p[i], averaged[i], 1e-5f * Math.max(1, Math.abs(p[i])), "parameter " + i);
        }
        assertArrayEquals(p, model.parameters().toFloatVector(), "the models averaged are unchanged");
        assertEquals(model.subCategories(), WeightAverage.average(List.of(model), List.of(1.0)).subCategories());
    }

    @Test
    void weightsMustBePositiveAndSumToOne() {
        assertThrows(IllegalArgumentException.class, () -> WeightAverage.average(List.of(model, model), List.of(0.5, 0.6)));
        assertThrows(IllegalArgumentException.class, () -> WeightAverage.average(List.of(model, model), List.of(1.5, -0.5)));
        assertThrows(IllegalArgumentException.class, () -> WeightAverage.average(List.of(model), List.of(0.5, 0.5)));
        assertThrows(IllegalArgumentException.class, () -> model.withParameters(model.parameters().get(
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 10))));
    }
}
