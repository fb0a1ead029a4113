package io.vitrine.catalog.api;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/categories}: the category tree. */
@Path("v1/categories")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue")
public class CategoryResource {

    public record SubCategoryResponse(String id, ProductResponse.Texts name) {
    }

    public record CategoryResponse(String id, ProductResponse.Texts name, List<SubCategoryResponse> subCategories) {
        static CategoryResponse of(Category c) {
            return new CategoryResponse(c.id(), new ProductResponse.Texts(c.name().en(), c.name().fr()),
                    c.subCategories().stream().map(s -> new SubCategoryResponse(s.id(),
                            new ProductResponse.Texts(s.name().en(), s.name().fr()))).toList());
        }
    }

    @Inject
    CatalogService catalog;

    @GET
    @Operation(summary = "The category tree (categories and their sub-categories)")
    public List<CategoryResponse> list() {
        return catalog.categories().stream().map(CategoryResponse::of).toList();
    }
}
