package io.vitrine.catalog.api;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ProductId;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * HTTP validators for catalogue reads, from the in-memory read model: a product list carries the catalogue's version
 * as its {@code ETag}, a product its own version and {@code Last-Modified}; a conditional GET that still matches is
 * answered 304 before the resource runs. {@code Cache-Control: no-cache}: clients and caches keep the answer but ask
 * again each time, since stock and prices move.
 * <p>
 * The validators are taken before the resource reads the snapshot, so they are never newer than what it answers.
 * {@code Last-Modified} is rounded up to the next second (HTTP dates have no finer unit); two changes within one second
 * are told apart by the {@code ETag}, which {@code If-None-Match} compares first.
 */
@Provider
@CatalogueCaching.Validated
@Priority(Priorities.HEADER_DECORATOR)
public class CatalogueCaching implements ContainerRequestFilter, ContainerResponseFilter {

    /** Marks the catalogue reads that get validators. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Validated {
    }

    /** What a response is validated by: an entity tag, and for one product the time it last changed. */
    record Validators(String tagValue, Optional<Date> lastModified) {

        static Validators ofCatalogue(long version) {
            return new Validators("c" + version, Optional.empty());
        }

        static Validators ofProduct(long version, Instant changedAt) {
            long seconds = (changedAt.toEpochMilli() + 999) / 1000;
            return new Validators("p" + version, Optional.of(new Date(seconds * 1000)));
        }

        EntityTag tag() {
            return new EntityTag(tagValue);
        }
    }

    static final String REVALIDATE = "no-cache";
    private static final String PROPERTY = CatalogueCaching.class.getName();

    @Inject
    CatalogService catalog;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return;
        }
        Optional<Validators> found = validators(request.getUriInfo().getPathParameters().getFirst("id"));
        if (found.isEmpty()) {
            return;
        }
        Validators v = found.get();
        request.setProperty(PROPERTY, v);
        Response.ResponseBuilder unchanged = v.lastModified().isPresent()
                ? request.getRequest().evaluatePreconditions(v.lastModified().get(), v.tag())
                : request.getRequest().evaluatePreconditions(v.tag());
        if (unchanged != null) {
            unchanged.tag(v.tag()).header(HttpHeaders.CACHE_CONTROL, REVALIDATE);
            v.lastModified().ifPresent(unchanged::lastModified);
            request.abortWith(unchanged.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PROPERTY) instanceof Validators v) || response.getStatus() != 200) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, v.tag());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        v.lastModified().ifPresent(at -> response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, at));
    }

    /** A list's (no id) or a product's validators; none before the read model is loaded or for an unknown product. */
    Optional<Validators> validators(String productId) {
        if (productId == null) {
            var version = catalog.catalogueVersion();
            return version.isPresent() ? Optional.of(Validators.ofCatalogue(version.getAsLong())) : Optional.empty();
        }
        if (!ProductId.isValid(productId)) {
            return Optional.empty();
        }
        return catalog.entry(new ProductId(productId)).map(e -> Validators.ofProduct(e.version(), e.changedAt()));
    }
}
