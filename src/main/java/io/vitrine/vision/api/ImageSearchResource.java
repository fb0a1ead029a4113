package io.vitrine.vision.api;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.vision.ImageRejectedException;
import io.vitrine.vision.VisionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code POST /api/v1/search/image}: a photo in, the likely sub-categories and look-alike products out. The body
 * is the raw image (any content type: the bytes decide) or {@code multipart/form-data} with the photo in the field
 * {@code image}. A root of its own, picked by JAX-RS over the text search's {@code v1/search} for this longer path.
 */
@Path("v1/search/image")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class ImageSearchResource {

    /** Room for the multipart headers and boundaries around a photo of the maximum size. */
    static final int MULTIPART_OVERHEAD = 64 * 1024;

    @Inject
    VisionService service;

    @POST
    @io.vitrine.platform.limits.RateLimited(io.vitrine.platform.limits.Budget.PHOTO_SEARCH)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Search by photo",
            description = "Send a JPEG, PNG or GIF as the raw body or as the multipart field 'image'. Answers the three "
                    + "most likely sub-categories with probabilities and the n products that look most like it "
                    + "(restrict=true: only from the most likely sub-category; subCategory=<id>: only from that one). "
                    + "closeMatch=false (message 'no close match in this shop') when the photo is unlike anything the shop "
                    + "sells: the products are then the closest the shop has.")
    @APIResponse(responseCode = "200", description = "Sub-categories and look-alike products")
    @APIResponse(responseCode = "400", description = "Empty, damaged or truncated image, a malformed multipart body, or an unknown subCategory")
    @APIResponse(responseCode = "413", description = "Larger than vitrine.upload.max-bytes")
    @APIResponse(responseCode = "415", description = "Not an image, or an image format other than JPEG, PNG or GIF")
    @APIResponse(responseCode = "422", description = "Too many pixels (decompression bomb)")
    @APIResponse(responseCode = "503", description = "The model is loading; retry after Retry-After seconds")
    public PhotoSearchResponse search(@Context HttpHeaders headers, @BeanParam @Valid PhotoSearchParams params,
                                      InputStream body) throws IOException {
        int limit = service.uploadLimits().maxBytes();
        String boundary = MultipartImage.boundary(contentType(headers)).orElse(null);
        boolean multipart = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        if (multipart && boundary == null) {
            throw new InvalidInputException("a multipart body needs a boundary in its Content-Type");
        }
        int bodyLimit = multipart ? limit + MULTIPART_OVERHEAD : limit;
        if (headers.getLength() > bodyLimit) {
            // refused on its announced length, before a byte of the body is read
            throw tooLarge(headers.getLength(), limit);
        }
        byte[] bytes = read(body, bodyLimit, limit);
        byte[] photo = multipart ? MultipartImage.extract(bytes, boundary) : bytes;
        return PhotoSearchResponse.of(service.searchByPhoto(photo, params.n, params.restrict,
                java.util.Optional.ofNullable(params.subCategory).filter(v -> !v.isBlank())));
    }

    private static String contentType(HttpHeaders headers) {
        return headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
    }

    private static byte[] read(InputStream in, int bodyLimit, int limit) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > bodyLimit) {
                throw tooLarge(out.size() + (long) n, limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ImageRejectedException tooLarge(long bytes, int limit) {
        return new ImageRejectedException(ImageRejectedException.Reason.TOO_MANY_BYTES,
                "the upload has " + (bytes > limit ? "more than " + limit : bytes) + " bytes; photos may have at most " + limit
                        + " bytes (vitrine.upload.max-bytes)");
    }
}
