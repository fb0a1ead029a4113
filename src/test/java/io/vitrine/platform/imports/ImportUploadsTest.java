package io.vitrine.platform.imports;

import io.vitrine.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads on their way to a job: size limit, ZIP limits (bomb, entry count, paths leaving the folder), layout hints. */
class ImportUploadsTest {

    @TempDir
    Path dir;

    private Path zip(String name, String... entriesAndTexts) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entriesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entriesAndTexts[i]));
                zip.write(entriesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void anUploadLargerThanAllowedIsRefusedAndNotKept() {
        Path target = dir.resolve("up/big.csv");
        assertThrows(UploadTooLargeException.class,
                () -> ImportUploads.receive(new ByteArrayInputStream(new byte[2_000]), target, 1_000));
        assertFalse(Files.exists(target));
        assertThrows(InvalidInputException.class, () -> ImportUploads.receive(new ByteArrayInputStream(new byte[0]), target, 1_000));
    }

    @Test
    void aZipBombIsStoppedWhileUnpacking() throws IOException {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("catalogue.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros); // 50 MB of zeros pack to about 50 KB
            }
            zip.closeEntry();
        }
        assertTrue(ImportUploads.isZip(bomb));
        UploadTooLargeException e = assertThrows(UploadTooLargeException.class,
                () -> ImportUploads.unzip(bomb, dir.resolve("out"), ImportSettings.DEFAULTS));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        assertThrows(UploadTooLargeException.class, () -> ImportUploads.unzip(zip("many.zip", "a.csv", "x", "b.jpg", "y", "c.jpg", "z"),
                dir.resolve("out2"), new ImportSettings(1L << 20, 2, 1L << 30, 100, 30)));
    }

    @Test
    void aZipEntryLeavingTheFolderIsRefused() throws IOException {
        Path evil = zip("evil.zip", "../../escape.csv", "id,name\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ImportUploads.unzip(evil, dir.resolve("out"), ImportSettings.DEFAULTS));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("escape.csv")));
    }

    @Test
    void theCatalogueOfAZipIsItsShallowestDataFile() throws IOException {
        Path out = dir.resolve("out");
        ImportUploads.unzip(zip("photos.zip", "shop/catalogue.csv", "id,name\n", "shop/photos/a.csv", "x\n",
                "shop/photos/a.jpg", "jpg", "__MACOSX/._catalogue.csv", "junk"), out, ImportSettings.DEFAULTS);
        assertEquals(out.resolve("shop/catalogue.csv"), ImportUploads.dataFileIn(out));

        Path two = dir.resolve("two");
        ImportUploads.unzip(zip("two.zip", "a.csv", "x\n", "b.csv", "y\n"), two, ImportSettings.DEFAULTS);
        assertThrows(InvalidInputException.class, () -> ImportUploads.dataFileIn(two));
        Path none = dir.resolve("none");
        ImportUploads.unzip(zip("none.zip", "a.jpg", "x"), none, ImportSettings.DEFAULTS);
        assertThrows(InvalidInputException.class, () -> ImportUploads.dataFileIn(none));
    }

    @Test
    void theHeaderTellsTheLayoutAndBinaryHasNone() throws IOException {
        Path csv = Files.writeString(dir.resolve("a.csv"), "\uFEFFid, name ,price\n1,x,2\n");
        assertEquals(Set.of("id", "name", "price"), ImportUploads.header(csv));
        Path binary = dir.resolve("b.csv");
        try (OutputStream out = Files.newOutputStream(binary)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff});
        }
        assertTrue(ImportUploads.header(binary).isEmpty());
        assertEquals("evil.csv", ImportUploads.safeName("../../evil.csv"));
        assertEquals("my_file_.csv", ImportUploads.safeName("C:\\users\\me\\my file?.csv"));
        assertEquals("upload", ImportUploads.safeName(".."));
    }
}
