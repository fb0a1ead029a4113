package io.vitrine.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON request bodies are small; anything above 1 MiB is refused with 413, whether the client announced its length
 * or streams it chunked, so a huge body can never fill the heap.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodyLimitFilter implements ContainerRequestFilter {

    static final int MAX_JSON_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || !request.hasEntity()) {
            return;
        }
        if (request.getLength() > MAX_JSON_BYTES) {
            throw tooLarge();
        }
        request.setEntityStream(new Limited(request.getEntityStream(), MAX_JSON_BYTES));
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException("a JSON body may hold at most " + MAX_JSON_BYTES + " bytes",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw tooLarge();
            }
            return n;
        }
    }
}
