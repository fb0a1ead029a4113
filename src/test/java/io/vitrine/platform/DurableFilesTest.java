package io.vitrine.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurableFilesTest {

    @TempDir
    Path dir;

    @Test
    void replaceWritesTheNewContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("sub/job.properties");
        DurableFiles.replace(target, out -> out.write("a=1".getBytes(StandardCharsets.UTF_8)));
        DurableFiles.replace(target, out -> out.write("a=2".getBytes(StandardCharsets.UTF_8)));
        assertEquals("a=2", Files.readString(target));
        assertEquals(List.of(target), listing(target.getParent()));
    }

    @Test
    void installPutsAFileWrittenElsewhereInPlaceOfTheOldOne() throws IOException {
        Path target = dir.resolve("model-3.zip");
        Files.writeString(target, "old");
        Path written = Files.createTempFile(dir, "model-", ".part");
        Files.writeString(written, "new model");
        DurableFiles.install(written, target);
        assertEquals("new model", Files.readString(target));
        assertEquals(List.of(target), listing(dir), "the written file became the target");
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
