package io.vitrine.vision.api;

import io.vitrine.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the photo out of a {@code multipart/form-data} body that was already read (and size-limited) into memory:
 * the part named {@code image} or {@code file}, else the first part with a file name, else the first part. A few
 * lines of RFC 7578 instead of a multipart library for one field.
 */
final class MultipartImage {

    private MultipartImage() {
    }

    /** The boundary parameter of a multipart content type, if there is one. */
    static Optional<String> boundary(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length()).strip();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 70 ? Optional.empty() : Optional.of(b);
            }
        }
        return Optional.empty();
    }

    static byte[] extract(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        byte[] first = null;
        byte[] firstWithFile = null;
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            if (headersEnd < 0) {
                break;
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            int contentStart = headersEnd + 4;
            int end = indexOf(body, next, contentStart);
            if (end < 0) {
                throw new InvalidInputException("the multipart body is truncated: a part has no closing boundary");
            }
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, end);
            String disposition = disposition(headers);
            if (disposition.matches(".*\\bname=\"?(image|file)\"?(;.*|\\s*)$")) {
                return content;
            }
            if (first == null) {
                first = content;
            }
            if (firstWithFile == null && disposition.contains("filename=")) {
                firstWithFile = content;
            }
            at = end + 2;
        }
        if (firstWithFile != null) {
            return firstWithFile;
        }
        if (first != null) {
            return first;
        }
        throw new InvalidInputException("the multipart body holds no part: send the photo as the form field 'image'");
    }

    private static String disposition(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.startsWith("content-disposition:")) {
                return line.substring("content-disposition:".length()).strip();
            }
        }
        return "";
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
