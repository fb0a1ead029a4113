package io.vitrine.catalog.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.platform.api.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Products as JSON, written once per revision: the catalogue read model shares one instance per product revision,
 * which never changes (and a revision is a new instance), so the {@link ProductResponse} of a shared instance and its
 * JSON are kept for as long as that instance lives (weak keys, compared by identity), and a product or a page of
 * products is answered by copying bytes. JSON-B wrote every answer afresh, and its recursion check hashes each
 * record's whole content on the way down (a page's hash walks all twenty products, then each product's again):
 * 12 % of the HTTP threads' CPU in the profile of the mixed load (docs/reliability.md, "Load"). The bytes are JSON-B's
 * own; a product that is not shared (as a write returns it) goes through JSON-B as before.
 */
@ApplicationScoped
public class ProductJson {

    /** Far more than a catalogue's live revisions; entries go with their product's instance anyway. */
    private static final long MAX_KEPT = 200_000;

    private final Cache<Product, ProductResponse> responses = Caffeine.newBuilder().weakKeys().maximumSize(MAX_KEPT).build();
    private final Cache<ProductResponse, byte[]> written = Caffeine.newBuilder().weakKeys().maximumSize(MAX_KEPT).build();
    private final Function<ProductResponse, String> jsonB;

    /** JSON-B as Jersey's provider uses it (the default configuration). */
    public ProductJson() {
        this(r -> DefaultJsonb.JSON.toJson(r));
    }

    /** With another writer (the unit tests: JSON-B's implementation comes with the server). */
    ProductJson(Function<ProductResponse, String> jsonB) {
        this.jsonB = jsonB;
    }

    /** Created on first use. */
    private static final class DefaultJsonb {
        static final Jsonb JSON = JsonbBuilder.create();
    }

    /** The product's answer: the one kept for a shared instance, whose JSON {@link One} then copies. */
    public ProductResponse response(Product p) {
        if (!p.isShared()) {
            return ProductResponse.of(p);
        }
        return responses.get(p, q -> {
            ProductResponse r = ProductResponse.of(q);
            written.put(r, jsonB.apply(r).getBytes(StandardCharsets.UTF_8));
            return r;
        });
    }

    /** A page of products, each answered as {@link #response}. */
    public PageResponse<ProductResponse> page(Page<Product> page) {
        Page<ProductResponse> p = page.map(this::response);
        return new PageResponse<>(p.items(), p.total(), p.page(), p.size());
    }

    /** The response's JSON: kept when it is a shared product's, else written by JSON-B. */
    byte[] json(ProductResponse r) {
        byte[] kept = written.getIfPresent(r);
        return kept != null ? kept : jsonB.apply(r).getBytes(StandardCharsets.UTF_8);
    }

    /** A page as JSON-B writes a {@link PageResponse} (properties in lexicographic order), its products' JSON copied. */
    void write(PageResponse<ProductResponse> page, OutputStream out) throws IOException {
        out.write("{\"items\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < page.items().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(json(page.items().get(i)));
        }
        out.write(("],\"page\":" + page.page() + ",\"size\":" + page.size() + ",\"total\":" + page.total() + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a {@link ProductResponse}. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static class One implements MessageBodyWriter<ProductResponse> {

        @Inject
        ProductJson json;

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == ProductResponse.class;
        }

        @Override
        public void writeTo(ProductResponse r, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            out.write(json.json(r));
        }
    }

    /** Writes a {@code PageResponse<ProductResponse>}; pages of anything else stay JSON-B's. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static class Pages implements MessageBodyWriter<PageResponse<ProductResponse>> {

        @Inject
        ProductJson json;

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == PageResponse.class && genericType instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] == ProductResponse.class;
        }

        @Override
        public void writeTo(PageResponse<ProductResponse> page, Class<?> type, Type genericType, Annotation[] annotations,
                            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            json.write(page, out);
        }
    }
}
