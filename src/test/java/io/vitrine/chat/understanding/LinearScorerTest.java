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

/** The tf-idf vector and the softmax on weights worked out by hand, and the file round trip. */
class LinearScorerTest {

    private static final Map<String, Integer> ROWS = Map.of("w=hello", 0, "w=price", 1);
    private static final float[] IDF = {2, 1};

    /** Two features, two labels: greeting reads "w=hello", price reads "w=price". */
    private static LinearScorer tiny() {
        return new LinearScorer(List.of("greeting", "price"), ROWS, IDF, new float[] {1, 0, 0, 1}, new float[] {0, 0});
    }

    @Test
    void vectorIsSublinearTfTimesIdfScaledToUnitLength() {
        // price twice: (1 + ln 2) x 1; hello once: 1 x 2; "w=unknown" has no row
        LinearScorer.Vector v = LinearScorer.vector(List.of("w=price", "w=hello", "w=price", "w=unknown"), ROWS, IDF);
        double price = 1 + Math.log(2);
        double norm = Math.sqrt(price * price + 4);
        assertEquals(2, v.rows().length);
        for (int i = 0; i < 2; i++) {
            assertEquals(v.rows()[i] == 0 ? 2 / norm : price / norm, v.values()[i], 1e-12);
        }
    }

    @Test
    void wordShareScalesTheWordAndCharacterBlocksApart() {
        // one word feature and two character n-grams, idf 1, tf 1: one block gives each 1/sqrt(3); a word share of
        // 0.5 gives the word sqrt(0.5) and each n-gram sqrt(0.5 / 2) = 0.5, so the squared length is still 1
        Map<String, Integer> rows = Map.of("w=ab", 0, "c=^ab", 1, "c=ab$", 2);
        float[] idf = {1, 1, 1};
        List<String> features = List.of("w=ab", "c=^ab", "c=ab$");
        LinearScorer.Vector one = LinearScorer.vector(features, rows, idf, LinearScorer.ONE_BLOCK);
        LinearScorer.Vector half = LinearScorer.vector(features, rows, idf, 0.5);
        for (int i = 0; i < 3; i++) {
            assertEquals(1 / Math.sqrt(3), one.values()[i], 1e-12);
            assertEquals(half.rows()[i] == 0 ? Math.sqrt(0.5) : 0.5, half.values()[i], 1e-12);
        }
        // without a known word feature the n-grams keep the whole length
        LinearScorer.Vector chars = LinearScorer.vector(List.of("c=^ab", "c=ab$"), rows, idf, 0.5);
        assertEquals(1 / Math.sqrt(2), chars.values()[0], 1e-12);
    }

    @Test
    void blockScorerReadsBackWithItsWordShare() throws Exception {
        LinearScorer blocks = new LinearScorer(List.of("greeting", "price"), ROWS, IDF, new float[] {1, 0, 0, 1},
                new float[] {0, 0}, 0.25);
        assertEquals(LinearScorer.BLOCKS_TYPE, blocks.type());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        blocks.write(new DataOutputStream(bytes));
        IntentScorer read = IntentScorer.read(LinearScorer.BLOCKS_TYPE, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(0.25, ((LinearScorer) read).wordShare(), 0.0);
        assertArrayEquals(blocks.probabilities(new String[] {"hello"}), read.probabilities(new String[] {"hello"}), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> new LinearScorer(List.of("a", "b"), ROWS, IDF,
                new float[] {1, 0, 0, 1}, new float[] {0, 0}, 1.5));
    }

    @Test
    void stemFeaturesAddTheEnglishAndFrenchStemOfLongWords() {
        // "deliveries": English stem "deliveri", French stem "deliver"; "hi" is too short to stem
        List<String> f = LinearScorer.features(new String[] {"hi", "deliveries"}, true);
        List<String> plain = LinearScorer.features(new String[] {"hi", "deliveries"}, false);
        assertEquals(plain, NgramNetwork.features(new String[] {"hi", "deliveries"}));
        assertEquals(List.of("s=deliveri", "s=deliver"), f.subList(plain.size(), f.size()));
    }

    @Test
    void probabilitiesAreTheSoftmaxOfBiasPlusWeightedFeatures() {
        // tokens "hello price": vector (2, 1) / sqrt(5), scores (2, 1) / sqrt(5)
        double[] p = tiny().probabilities(new String[] {"hello", "price"});
        double greeting = 1 / (1 + Math.exp(-1 / Math.sqrt(5)));
        assertArrayEquals(new double[] {greeting, 1 - greeting}, p, 1e-9);
        // nothing known: the biases alone, 50/50
        assertArrayEquals(new double[] {0.5, 0.5}, tiny().probabilities(new String[] {"bonjour"}), 1e-12);
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tiny().write(new DataOutputStream(bytes));
        LinearScorer read = LinearScorer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(List.of("greeting", "price"), read.labels());
        assertEquals(2, read.featureCount());
        // these weights are exact in bfloat16
        String[] message = {"hello", "price"};
        assertArrayEquals(tiny().probabilities(message), read.probabilities(message), 1e-12);
    }

    @Test
    void refusesWeightsOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class,
                () -> new LinearScorer(List.of("a", "b"), ROWS, IDF, new float[3], new float[2]));
        assertThrows(IllegalArgumentException.class,
                () -> new LinearScorer(List.of("a", "b"), ROWS, new float[1], new float[4], new float[2]));
    }
}
