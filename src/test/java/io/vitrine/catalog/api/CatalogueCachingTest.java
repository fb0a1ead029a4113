package io.vitrine.catalog.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validators of catalogue reads (the 304 itself is checked on the deployed shop, CatalogApiIT). */
class CatalogueCachingTest {

    @Test
    void aListIsTaggedByTheCatalogueVersionAndHasNoDate() {
        CatalogueCaching.Validators v = CatalogueCaching.Validators.ofCatalogue(42);
        assertEquals("c42", v.tagValue());
        assertTrue(v.lastModified().isEmpty());
        assertNotEquals(v.tagValue(), CatalogueCaching.Validators.ofCatalogue(43).tagValue());
    }

    @Test
    void aProductsLastModifiedIsRoundedUpToTheNextSecond() {
        // an HTTP date has whole seconds: rounding down would date a change at 10:00:00.400 before a read at 10:00:00.200
        CatalogueCaching.Validators v = CatalogueCaching.Validators.ofProduct(7, Instant.parse("2026-12-01T10:00:00.400Z"));
        assertEquals("p7", v.tagValue());
        assertEquals(Date.from(Instant.parse("2026-12-01T10:00:01Z")), v.lastModified().orElseThrow());
        assertEquals(Date.from(Instant.parse("2026-12-01T10:00:00Z")),
                CatalogueCaching.Validators.ofProduct(7, Instant.parse("2026-12-01T10:00:00Z")).lastModified().orElseThrow());
    }

    @Test
    void answersAreRevalidatedEveryTime() {
        assertEquals("no-cache", CatalogueCaching.REVALIDATE);
    }
}
