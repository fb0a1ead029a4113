package io.vitrine.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchReportTest {

    @Test
    void writesRowsAsBenchmarksMdFixesThem(@TempDir Path dir) throws Exception {
        BenchReport report = new BenchReport("recommend");
        report.add("ml-100k", "ease", "ndcg@10", 0.5);
        report.add("ml-100k", "ease", "train_s", 1.25);
        report.anchor("ml-100k", "BiVAE", "ndcg@10", 0.4751);
        Path json = dir.resolve("recommend.json");
        report.writeJson(json);
        String text = Files.readString(json);
        assertEquals("[\n  {\"dataset\": \"ml-100k\", \"model\": \"ease\", \"metric\": \"ndcg@10\", \"value\": 0.5},\n"
                + "  {\"dataset\": \"ml-100k\", \"model\": \"ease\", \"metric\": \"train_s\", \"value\": 1.25}\n]\n", text);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, "UTF-8"));
        String table = out.toString("UTF-8");
        assertTrue(table.contains("BiVAE (published)"));
        assertTrue(table.contains("0.4751"));
        assertEquals(0.5, report.value("ml-100k", "ease", "ndcg@10").orElseThrow());
    }
}
