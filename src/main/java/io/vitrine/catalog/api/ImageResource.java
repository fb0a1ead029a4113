package io.vitrine.catalog.api;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ProductImage;
import io.vitrine.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves product photos from MongoDB. An image's id is the SHA-256 of its bytes, so its URL never changes content:
 * browsers and CDNs may keep it for a year ({@code immutable}), and conditional requests get 304.
 */
@Path("v1/images")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Tag(name = "catalogue")
public class ImageResource {

    @Inject
    CatalogService catalog;

    public static String url(String imageId) {
        return ProductImage.url(imageId);
    }

    @GET
    @Path("{id: [0-9a-f]{64}}")
    @Operation(summary = "A product photo (JPEG or PNG), cacheable forever")
    public Response get(@PathParam("id") String id, @Context Request request) {
        EntityTag tag = new EntityTag(id);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(31_536_000);
        cache.getCacheExtension().put("immutable", null);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        ProductImage image = catalog.image(id).orElseThrow(() -> new NotFoundException("no image " + id));
        return Response.ok(image.data(), image.contentType()).tag(tag).cacheControl(cache).build();
    }

    @GET
    @Path("{id}")
    public Response invalid(@PathParam("id") String id) {
        throw new NotFoundException("no image " + id);
    }
}
