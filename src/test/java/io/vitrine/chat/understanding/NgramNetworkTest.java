package io.vitrine.chat.understanding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The network's forward pass on weights worked out by hand, and its file round trip. */
class NgramNetworkTest {

    /** Two features ("w=hello", "w=price"), two hidden units, two labels; the second hidden unit never fires. */
    private static NgramNetwork tiny() {
        NgramNetwork.Member m = new NgramNetwork.Member(
                new float[] {1, 2, 3, 4},      // w=hello -> (1, 2), w=price -> (3, 4)
                new float[] {0, -10},
                new float[] {1, 0, 0, 1},      // greeting reads unit 0, price reads unit 1
                new float[] {0, 0});
        return new NgramNetwork(List.of("greeting", "price"), Map.of("w=hello", 0, "w=price", 1), 2, List.of(m));
    }

    @Test
    void hiddenLayerSumsTheRowsScaledByOneOverSqrtCountThenReLU() {
        double[] h = new double[2];
        NgramNetwork.hiddenLayer(new float[] {1, 2, 3, 4}, new float[] {0, -10}, 2, new int[] {0, 1}, 2, h);
        // (1 + 3, 2 + 4) / sqrt(2) + (0, -10) = (2.828, -5.757) -> relu
        assertArrayEquals(new double[] {4 / Math.sqrt(2), 0}, h, 1e-9);
    }

    @Test
    void outputLayerIsASoftmax() {
        double[] p = new double[2];
        NgramNetwork.outputLayer(new float[] {1, 0, 0, 1}, new float[] {0, 0}, 2, new double[] {4 / Math.sqrt(2), 0}, p);
        double expected = 1 / (1 + Math.exp(-4 / Math.sqrt(2)));
        assertEquals(expected, p[0], 1e-9);
        assertEquals(1 - expected, p[1], 1e-9);
    }

    @Test
    void unknownFeaturesCarryNothing() {
        // tokens "hello price": only the word unigrams have rows; bigrams and character n-grams are unknown
        assertArrayEquals(new int[] {0, 1}, tiny().rowsOf(new String[] {"hello", "price"}));
        double[] p = tiny().probabilities(new String[] {"hello", "price"});
        assertEquals(1 / (1 + Math.exp(-4 / Math.sqrt(2))), p[0], 1e-9);
        // nothing known: the biases alone, relu(0, -10) = (0, 0), so 50/50
        assertArrayEquals(new double[] {0.5, 0.5}, tiny().probabilities(new String[] {"bonjour"}), 1e-9);
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tiny().write(new DataOutputStream(bytes));
        NgramNetwork read = NgramNetwork.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(List.of("greeting", "price"), read.labels());
        // these weights are exact in bfloat16
        String[] message = {"hello", "price"};
        assertArrayEquals(tiny().probabilities(message), read.probabilities(message), 1e-12);
    }

    @Test
    void refusesWeightsOfTheWrongShape() {
        NgramNetwork.Member wrong = new NgramNetwork.Member(new float[3], new float[2], new float[4], new float[2]);
        assertThrows(IllegalArgumentException.class,
                () -> new NgramNetwork(List.of("a", "b"), Map.of("w=x", 0, "w=y", 1), 2, List.of(wrong)));
    }
}
