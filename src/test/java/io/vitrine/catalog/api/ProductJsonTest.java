package io.vitrine.catalog.api;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductQuery;
import io.vitrine.catalog.ReadModelCatalog;
import io.vitrine.platform.api.PageResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shared product's JSON is written once per revision, a new revision anew, a page is assembled as JSON-B writes a
 * {@code PageResponse}. JSON-B's implementation comes with the server: here a stand-in writes each product (its id,
 * price and a count of writes), CatalogApiIT reads the real bytes.
 */
class ProductJsonTest {

    private static final ProductId LAMP = new ProductId("lamp-1");
    private static final ProductId VASE = new ProductId("vase-2");

    private final ReadModelCatalog catalog = new ReadModelCatalog(List.of(
            Product.builder(LAMP).seller("maison-aubert").name(LocalizedText.of("Brass \"desk\" lamp", "Lampe é"))
                    .category("home", "lighting").brand("Aubert").attribute("colour", "brass").attribute("material", "metal")
                    .price(Money.euros(4_990)).stock(3).image("img-1").ratings(2, 9)
                    .createdAt(Instant.parse("2026-12-01T10:00:00.123Z")).build(),
            // no brand, no attributes, no image, no rating: the properties JSON-B leaves out
            ReadModelCatalog.product(VASE.value(), "Vase", 1_250, 0)));
    private int writes;
    private final ProductJson json = new ProductJson(r -> "{\"id\":\"" + r.id() + "\",\"price\":" + r.price()
            + ",\"write\":" + ++writes + "}");

    @Test
    void aSharedProductIsWrittenOncePerRevision() {
        Product lamp = catalog.service().get(LAMP);
        assertTrue(lamp.isShared());
        ProductResponse first = json.response(lamp);
        assertSame(first, json.response(catalog.service().get(LAMP)), "the same revision: the kept answer");
        assertEquals("{\"id\":\"lamp-1\",\"price\":49.90,\"write\":1}", text(first));
        assertEquals(text(first), text(json.response(catalog.service().get(LAMP))));
        assertEquals(1, writes, "written once");
        assertEquals(ProductResponse.of(lamp), first, "the answer of the product, as before");
    }

    @Test
    void aNewRevisionIsWrittenAnew() {
        assertEquals("{\"id\":\"lamp-1\",\"price\":49.90,\"write\":1}", text(json.response(catalog.service().get(LAMP))));
        catalog.change(ReadModelCatalog.product(LAMP.value(), "Brass lamp", 5_500, 2));
        Product now = catalog.service().get(LAMP);
        assertTrue(now.isShared());
        ProductResponse answer = json.response(now);
        assertEquals("{\"id\":\"lamp-1\",\"price\":55.00,\"write\":2}", text(answer));
        assertEquals(ProductResponse.of(now), answer);
    }

    @Test
    void aProductThatIsNotSharedGoesThroughJsonB() {
        Product own = ReadModelCatalog.product("own-3", "Own", 100, 1);
        assertFalse(own.isShared());
        ProductResponse r = json.response(own);
        assertNotSame(r, json.response(own), "nothing kept");
        assertEquals("{\"id\":\"own-3\",\"price\":1.00,\"write\":1}", text(r));
        assertEquals("{\"id\":\"own-3\",\"price\":1.00,\"write\":2}", text(r), "written on every answer");
    }

    @Test
    void aPageIsWrittenAsJsonBWritesIt() throws IOException {
        Page<Product> page = catalog.service().list(new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ProductQuery.Sort.NAME, 0, 20));
        PageResponse<ProductResponse> answer = json.page(page);
        assertEquals(page.items().stream().map(ProductResponse::of).toList(), answer.items());
        // JSON-B writes a record's properties in lexicographic order, without spaces
        assertEquals("{\"items\":[{\"id\":\"lamp-1\",\"price\":49.90,\"write\":1},{\"id\":\"vase-2\",\"price\":12.50,"
                + "\"write\":2}],\"page\":0,\"size\":20,\"total\":2}", written(answer));
        assertEquals("{\"items\":[],\"page\":5,\"size\":20,\"total\":2}", written(new PageResponse<>(List.of(), 2, 5, 20)));
    }

    private String written(PageResponse<ProductResponse> page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(page, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String text(ProductResponse r) {
        return new String(json.json(r), StandardCharsets.UTF_8);
    }
}
