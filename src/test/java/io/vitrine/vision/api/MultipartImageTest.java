package io.vitrine.vision.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultipartImageTest {

    private static byte[] body(String... parts) {
        String s = "preamble\r\n--XyZ\r\n" + String.join("\r\n--XyZ\r\n", parts) + "\r\n--XyZ--\r\n";
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void boundaryFromContentType() {
        assertEquals(Optional.of("XyZ"), MultipartImage.boundary("multipart/form-data; boundary=XyZ"));
        assertEquals(Optional.of("a b"), MultipartImage.boundary("multipart/form-data; charset=utf-8; BOUNDARY=\"a b\""));
        assertEquals(Optional.empty(), MultipartImage.boundary("multipart/form-data"));
        assertEquals(Optional.empty(), MultipartImage.boundary(null));
    }

    @Test
    void thePartNamedImageWinsOverEarlierParts() {
        byte[] body = body("Content-Disposition: form-data; name=\"note\"\r\n\r\nhello",
                "Content-Disposition: form-data; name=\"image\"; filename=\"p.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u00ff\u00d8\r\n\u00ff\u00d9");

        // the content keeps its own CR LF: only the CR LF before the next boundary is the delimiter's
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xd8, '\r', '\n', (byte) 0xff, (byte) 0xd9}, MultipartImage.extract(body, "XyZ"));
    }

    @Test
    void otherwiseTheFirstFileThenTheFirstPart() {
        byte[] withFile = body("Content-Disposition: form-data; name=\"note\"\r\n\r\nhello",
                "Content-Disposition: form-data; name=\"upload\"; filename=\"p.png\"\r\n\r\nPNG");
        byte[] plain = body("Content-Disposition: form-data; name=\"photo\"\r\n\r\nRAW");

        assertEquals("PNG", new String(MultipartImage.extract(withFile, "XyZ"), StandardCharsets.ISO_8859_1));
        assertEquals("RAW", new String(MultipartImage.extract(plain, "XyZ"), StandardCharsets.ISO_8859_1));
    }

    @Test
    void malformedBodiesAreTheClientsFault() {
        assertThrows(IllegalArgumentException.class, () -> MultipartImage.extract("no parts at all".getBytes(), "XyZ"));
        byte[] truncated = "--XyZ\r\nContent-Disposition: form-data; name=\"image\"\r\n\r\n\u00ff\u00d8 and then nothing"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(IllegalArgumentException.class, () -> MultipartImage.extract(truncated, "XyZ"));
    }
}
