package io.vitrine.catalog.api;

import io.vitrine.platform.api.Requests;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductQuery;
import io.vitrine.platform.api.PageResponse;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** {@code /api/v1/products}: browse the catalogue; sellers, admins and partners manage products. */
@Path("v1/products")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue")
public class ProductResource {

    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    @Inject
    CatalogService catalog;
    @Inject
    CurrentCaller caller;
    @Inject
    ProductJson json;

    /** Query parameters of the product list, validated before any query runs. */
    public static class ListParams {
        @QueryParam("category") @Size(max = 64) String category;
        @QueryParam("subCategory") @Size(max = 64) String subCategory;
        @QueryParam("seller") @Size(max = 64) String seller;
        @QueryParam("minPrice") @DecimalMin("0") @DecimalMax("1000000") BigDecimal minPrice;
        @QueryParam("maxPrice") @DecimalMin("0") @DecimalMax("1000000") BigDecimal maxPrice;
        @QueryParam("sort") @DefaultValue("newest")
        @Pattern(regexp = "newest|price|-price|name|rating", message = "must be newest, price, -price, name or rating")
        String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page;
        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size;

        ProductQuery toQuery() {
            ProductQuery.Sort s = switch (sort) {
                case "price" -> ProductQuery.Sort.PRICE_ASC;
                case "-price" -> ProductQuery.Sort.PRICE_DESC;
                case "name" -> ProductQuery.Sort.NAME;
                case "rating" -> ProductQuery.Sort.RATING;
                default -> ProductQuery.Sort.NEWEST;
            };
            return new ProductQuery(blank(category), blank(subCategory), blank(seller), cents(minPrice), cents(maxPrice),
                    s, page, size);
        }

        private static Optional<String> blank(String s) {
            return Optional.ofNullable(s).map(String::strip).filter(v -> !v.isEmpty()).map(v -> v.toLowerCase(Locale.ROOT));
        }

        private static Optional<Long> cents(BigDecimal d) {
            return Optional.ofNullable(d).map(v -> v.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        }
    }

    @GET
    @CatalogueCaching.Validated
    @Operation(summary = "List products", description = "Filters by category, sub-category, seller and price range; paged.")
    public PageResponse<ProductResponse> list(@BeanParam @jakarta.validation.Valid ListParams params) {
        return json.page(catalog.list(params.toQuery()));
    }

    @GET
    @Path("{id}")
    @CatalogueCaching.Validated
    @Operation(summary = "One product")
    @APIResponse(responseCode = "404", description = "No such product")
    public ProductResponse get(@PathParam("id") @Pattern(regexp = ID, message = "not a product id") String id) {
        return json.response(catalog.get(new ProductId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a product", description = "Needs an API key or a logged-in seller; sellers create only their own products.")
    @SecurityRequirement(name = "apiKey")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "A product with this id exists")
    public Response create(@RequestBody(required = true) ProductRequest request, @Context UriInfo uri) {
        Caller who = caller.get().requireAuthenticated();
        Product created = catalog.create(who, Requests.body(request, "a JSON body is required").toDraft(who.sellerId().orElse(null), null));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().value()).build())
                .entity(ProductResponse.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a product's editable fields")
    @SecurityRequirement(name = "apiKey")
    public ProductResponse update(@PathParam("id") @Pattern(regexp = ID, message = "not a product id") String id,
                                  ProductRequest request) {
        Caller who = caller.get().requireAuthenticated();
        ProductId productId = new ProductId(id);
        String owner = catalog.get(productId).sellerId();
        return ProductResponse.of(catalog.revise(who, productId, Requests.body(request, "a JSON body is required").toDraft(owner, id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a product")
    @SecurityRequirement(name = "apiKey")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") @Pattern(regexp = ID, message = "not a product id") String id) {
        catalog.delete(caller.get().requireAuthenticated(), new ProductId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/images")
    @Consumes({"image/jpeg", "image/png"})
    @Operation(summary = "Add a JPEG or PNG photo to a product", description = "Raw image bytes; at most 4 MiB and 4096 px a side.")
    @SecurityRequirement(name = "apiKey")
    @APIResponse(responseCode = "201", description = "Stored; Location is the image URL")
    @APIResponse(responseCode = "413", description = "Too large")
    @APIResponse(responseCode = "415", description = "Not JPEG or PNG")
    public Response addImage(@PathParam("id") @Pattern(regexp = ID, message = "not a product id") String id,
                             @Context HttpHeaders headers, InputStream body) throws IOException {
        Caller who = caller.get().requireAuthenticated();
        if (headers.getLength() > io.vitrine.catalog.ProductImage.MAX_BYTES) {
            // refused on its announced length, before a byte of the body is read
            throw new jakarta.ws.rs.WebApplicationException("the upload exceeds " + io.vitrine.catalog.ProductImage.MAX_BYTES
                    + " bytes", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        byte[] bytes = Uploads.readLimited(body, io.vitrine.catalog.ProductImage.MAX_BYTES);
        String type = headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype();
        String imageId = catalog.addImage(who, new ProductId(id), type, bytes);
        return Response.created(java.net.URI.create(ImageResource.url(imageId))).build();
    }
}
