package io.vitrine.catalog.api;

import io.vitrine.platform.InvalidInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to a limit, answering 413 beyond it instead of filling the heap. */
final class Uploads {

    private Uploads() {
    }

    static byte[] readLimited(InputStream in, int maxBytes) throws IOException {
        if (in == null) {
            throw new InvalidInputException("the request has no body");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > maxBytes) {
                throw new WebApplicationException("the upload exceeds " + maxBytes + " bytes", Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
            out.write(buffer, 0, n);
        }
        if (out.size() == 0) {
            throw new InvalidInputException("the request body is empty");
        }
        return out.toByteArray();
    }
}
