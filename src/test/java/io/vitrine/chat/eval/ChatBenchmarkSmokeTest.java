package io.vitrine.chat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.vitrine.bench.BenchReport;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.train.LinearOptions;
import io.vitrine.chat.train.LinearTrainer;
import io.vitrine.chat.train.NetworkOptions;
import io.vitrine.chat.train.NetworkTrainer;
import io.vitrine.chat.train.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat benchmark end to end on a few lines written in the CLINC150 and Bitext formats. */
class ChatBenchmarkSmokeTest {

    private static final String[][] CLINC = {
            {"what's the weather like today", "weather"}, {"will it rain tomorrow", "weather"},
            {"is it sunny outside", "weather"}, {"weather forecast for paris", "weather"},
            {"how cold is it this morning", "weather"}, {"do I need an umbrella today", "weather"},
            {"set an alarm for 7 am", "alarm"}, {"wake me up at six", "alarm"}, {"alarm at 8 please", "alarm"},
            {"set my alarm for tomorrow morning", "alarm"}, {"cancel my 7am alarm", "alarm"}, {"new alarm at noon", "alarm"},
            {"how do you say hello in spanish", "translate"}, {"translate thank you to french", "translate"},
            {"what is cat in german", "translate"}, {"say goodbye in italian", "translate"},
            {"translate this sentence to japanese", "translate"}, {"how is bread said in dutch", "translate"}};
    private static final String[][] OOS = {
            {"who painted the mona lisa", "oos"}, {"what is the meaning of life", "oos"},
            {"how many legs does a spider have", "oos"}, {"play my favourite song", "oos"}};

    @Test
    void producesEveryRowOnSmallData(@TempDir Path data) throws Exception {
        producesEveryRow(data, own -> new ChatBenchmark(new TrainingOptions(30, 1, 0, 0.1, 1), own, 2), ChatBenchmark.MODEL);
    }

    @Test
    void producesEveryRowWithTheNetwork(@TempDir Path data) throws Exception {
        producesEveryRow(data, own -> new ChatBenchmark(new NetworkTrainer(new NetworkOptions(16, 10, 0.2, 0.1, 0.1, 1, 3, 1)),
                ChatBenchmark.NETWORK, own, 2), ChatBenchmark.NETWORK);
    }

    @Test
    void producesEveryRowWithTheLinearModel(@TempDir Path data) throws Exception {
        producesEveryRow(data, own -> new ChatBenchmark(new LinearTrainer(LinearOptions.defaults().withEpochs(10)),
                ChatBenchmark.LINEAR, own, 2), ChatBenchmark.LINEAR);
    }

    private void producesEveryRow(Path data, java.util.function.Function<Map<ChatLanguage, List<IntentExample>>, ChatBenchmark> benchmark,
                                  String model) throws Exception {
        Path clinc = Files.createDirectories(data.resolve("clinc150"));
        write(clinc.resolve("train.tsv"), CLINC, 0, 3);
        write(clinc.resolve("val.tsv"), CLINC, 1, 3);
        write(clinc.resolve("test.tsv"), CLINC, 2, 3);
        write(clinc.resolve("oos_train.tsv"), OOS, 0, 2);
        write(clinc.resolve("oos_val.tsv"), OOS, 1, 4);
        write(clinc.resolve("oos_test.tsv"), OOS, 3, 4);
        Path bitext = Files.createDirectories(data.resolve("bitext-cs"));
        write(bitext.resolve("train.tsv"), CLINC, 0, 2);
        write(bitext.resolve("test.tsv"), CLINC, 1, 2);

        Map<ChatLanguage, List<IntentExample>> own = Map.of(
                ChatLanguage.EN, firstOfEach(IntentCorpus.load(ChatLanguage.EN), Set.of("greeting", "price", IntentCorpus.OUT_OF_SCOPE), 10),
                ChatLanguage.FR, firstOfEach(IntentCorpus.load(ChatLanguage.FR), Set.of("greeting", "price", IntentCorpus.OUT_OF_SCOPE), 10));
        BenchReport report = new BenchReport("chat");
        benchmark.apply(own).run(data, report);

        Set<String> rows = report.rows().stream().map(r -> r.dataset() + "/" + r.metric()).collect(Collectors.toSet());
        assertEquals(Set.of("clinc150/accuracy", "clinc150/oos-recall", "clinc150/p99_ms",
                "bitext-cs/accuracy", "bitext-cs/p99_ms",
                "own-en/accuracy", "own-en/oos-recall", "own-en/p99_ms",
                "own-fr/accuracy", "own-fr/oos-recall", "own-fr/p99_ms"), rows);
        for (BenchReport.Row r : report.rows()) {
            assertEquals(model, r.model());
            if (r.metric().endsWith("_ms")) {
                assertTrue(r.value() > 0, r.toString());
            } else {
                assertTrue(r.value() >= 0 && r.value() <= 1, r.toString());
            }
        }
        Path json = data.resolve("out/chat.json");
        report.writeJson(json);
        assertTrue(Files.readString(json).contains("\"dataset\": \"own-fr\""));
    }

    @Test
    void skipsMissingDataSets(@TempDir Path empty) throws Exception {
        BenchReport report = new BenchReport("chat");
        new ChatBenchmark(new TrainingOptions(10, 1, 0, 0.1, 1), Map.of(), 2).run(empty, report);
        assertTrue(report.rows().isEmpty());
    }

    private static void write(Path file, String[][] rows, int offset, int step) throws Exception {
        StringBuilder s = new StringBuilder();
        for (int i = offset; i < rows.length; i += step) {
            s.append(rows[i][0]).append('\t').append(rows[i][1]).append('\n');
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }

    private static List<IntentExample> firstOfEach(List<IntentExample> corpus, Set<String> intents, int n) {
        List<IntentExample> out = new ArrayList<>();
        for (String intent : intents) {
            corpus.stream().filter(e -> e.intent().equals(intent)).limit(n).forEach(out::add);
        }
        return out;
    }
}
