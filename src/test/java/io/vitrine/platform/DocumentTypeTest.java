package io.vitrine.platform;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Documents stored as BSON read back equal, next to values and documents stored the old way (Java serialisation),
 * in a file written first by H2's own type and then by this one.
 */
class DocumentTypeTest {

    @TempDir
    Path dir;

    @Test
    void documentsReadBackEqualWhicheverWayTheyWereStored() {
        String file = dir.resolve("docs.mv").toString();
        Document old = event("old").append("nested", new Document("a", 1).append("b", List.of("x", 2L)));
        // written by the library's way: H2's ObjectDataType, one ObjectOutputStream per document
        MVStore before = new MVStore.Builder().fileName(file).open();
        MVMap<Object, Object> plain = before.openMap("databases.d.events");
        plain.put("old", old);
        plain.put("counter", 7L);
        before.close();

        MVStore store = new MVStore.Builder().fileName(file).open();
        MVMap<Object, Object> map = store.openMap("databases.d.events",
                new MVMap.Builder<Object, Object>().valueType(new DocumentType()));
        assertEquals(old, map.get("old"));
        Document fresh = event("fresh").append("at", Instant.ofEpochMilli(1_764_000_000_000L))
                .append("oid", new ObjectId()).append("rating", 4.5).append("none", null).append("ok", true);
        Document binary = event("binary").append("bytes", new byte[]{1, 2, 3});
        map.put("fresh", fresh);
        map.put("binary", binary);
        store.close();

        MVStore again = new MVStore.Builder().fileName(file).open();
        MVMap<Object, Object> reread = again.openMap("databases.d.events",
                new MVMap.Builder<Object, Object>().valueType(new DocumentType()));
        assertEquals(old, reread.get("old"));
        assertEquals(fresh, reread.get("fresh"));
        assertEquals(7L, reread.get("counter"));
        assertArrayEquals(new byte[]{1, 2, 3}, (byte[]) ((Document) reread.get("binary")).get("bytes"));
        again.close();
    }

    @Test
    void onlyWhatBsonGivesBackEqualIsStoredAsBson() {
        assertNotNull(DocumentType.bson(event("e")));
        assertEquals(event("e"), DocumentType.document(DocumentType.bson(event("e"))));
        // byte arrays are equal only to themselves: such a document stays Java-serialised
        assertNull(DocumentType.bson(event("b").append("bytes", new byte[]{1})));
    }

    private static Document event(String id) {
        return new Document("_id", id).append("type", "VIEW").append("userId", "anon:web-1")
                .append("productId", "p1").append("occurredAt", 1_764_000_000_000L).append("quantity", 0);
    }
}
