package io.vitrine.vision.api;

import io.vitrine.platform.Problem;
import io.vitrine.vision.ImageRejectedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused upload is the client's fault: 413 too many bytes, 415 not an image or not JPEG/PNG/GIF, 422 too many
 * pixels (a decompression bomb), 400 empty or damaged. The detail says which, never how the decoder failed inside.
 */
@Provider
public class ImageRejectedMapper implements ExceptionMapper<ImageRejectedException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ImageRejectedException e) {
        int status = status(e.reason());
        String title = switch (status) {
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            default -> "Bad Request";
        };
        return Problem.of(status, title, e.getMessage()).at(uri == null ? null : uri.getRequestUri().getPath()).toResponse();
    }

    static int status(ImageRejectedException.Reason reason) {
        return switch (reason) {
            case TOO_MANY_BYTES -> 413;
            case NOT_AN_IMAGE, UNSUPPORTED_FORMAT -> 415;
            case TOO_MANY_PIXELS -> 422;
            case EMPTY, CORRUPT -> 400;
        };
    }
}
