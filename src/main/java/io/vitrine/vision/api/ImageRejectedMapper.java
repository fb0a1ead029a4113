package io.vitrine.vision.api;

import io.vitrine.platform.Problem;
import io.vitrine.platform.ProblemMappers;
import io.vitrine.vision.ImageRejectedException;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused upload is the client's fault: 413 too many bytes, 415 not an image or not JPEG/PNG/GIF, 422 too many
 * pixels (a decompression bomb), 400 empty or damaged. The detail says which, never how the decoder failed inside.
 */
@Provider
public class ImageRejectedMapper extends ProblemMappers.ToProblem<ImageRejectedException> {

    public ImageRejectedMapper() {
        super((e, path) -> Problem.of(status(e.reason()), title(status(e.reason())), e.getMessage()).at(path));
    }

    private static String title(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            default -> "Bad Request";
        };
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
