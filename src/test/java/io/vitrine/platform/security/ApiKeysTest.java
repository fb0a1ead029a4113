package io.vitrine.platform.security;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.cluster.MovableClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key checks against the embedded database, with a clock the test moves: what a check reads and when it reads again. */
class ApiKeysTest {

    private final EmbeddedMongoForTests db = new EmbeddedMongoForTests();
    private final ApiKeys keys = new ApiKeys();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T01:00:00Z"));

    @BeforeEach
    void setUp() {
        keys.mongo = new MongoConnection() {
            @Override
            public MongoDatabase database() {
                return db.database();
            }
        };
        keys.clock = clock;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ApiKeys.Issued partner() {
        return keys.issue("erp", Set.of(Scope.RECOMMENDATIONS_READ), null, null);
    }

    private Document stored(ApiKeys.Issued issued) {
        return db.database().getCollection(PartnerKey.COLLECTION).find(Filters.eq("_id", PartnerKey.hash(issued.key()))).first();
    }

    @Test
    void aRevocationOnThisNodeTakesEffectAtOnceEvenForAKeyJustChecked() {
        ApiKeys.Issued issued = partner();
        assertTrue(keys.authenticate(issued.key()).isPresent());

        assertTrue(keys.revoke(issued.stored().keyId()));

        assertFalse(keys.authenticate(issued.key()).isPresent());
    }

    @Test
    void aSuspensionTakesEffectAtOnceAndARestoreToo() {
        ApiKeys.Issued issued = keys.issue("mine", Set.of(Scope.EVENTS_WRITE), "shop-a", null, "seller@shop-a");
        assertTrue(keys.authenticate(issued.key()).isPresent());

        assertEquals(1, keys.suspend("seller@shop-a", "shop-a", true));
        assertFalse(keys.authenticate(issued.key()).isPresent());
        keys.suspend("seller@shop-a", "shop-a", false);
        assertTrue(keys.authenticate(issued.key()).isPresent());
    }

    @Test
    void aKeyRemovedElsewhereStopsWorkingWithinTheRecheckTime() {
        ApiKeys.Issued issued = partner();
        assertTrue(keys.authenticate(issued.key()).isPresent());
        // another node of the cluster revoked it: this node trusts what it read for RECHECK_AFTER, then reads again
        db.database().getCollection(PartnerKey.COLLECTION).deleteOne(Filters.eq("_id", PartnerKey.hash(issued.key())));

        clock.advance(ApiKeys.RECHECK_AFTER.minusMillis(1));
        assertTrue(keys.authenticate(issued.key()).isPresent(), "trusted until the recheck time");
        clock.advance(Duration.ofMillis(1));
        assertFalse(keys.authenticate(issued.key()).isPresent());
    }

    @Test
    void anExpiredKeyIsRefusedEvenWhenItWasJustRead() {
        ApiKeys.Issued issued = keys.issue("short", Set.of(Scope.RECOMMENDATIONS_READ), null, clock.instant().plusMillis(500));
        assertTrue(keys.authenticate(issued.key()).isPresent());

        clock.advance(Duration.ofMillis(500));

        assertFalse(keys.authenticate(issued.key()).isPresent());
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        ApiKeys.Issued issued = partner();
        Instant first = clock.instant();
        keys.authenticate(issued.key());
        clock.advance(Duration.ofSeconds(30));
        keys.authenticate(issued.key());
        assertEquals(first.toEpochMilli(), ((Number) stored(issued).get("lastUsedAt")).longValue());

        clock.advance(Duration.ofSeconds(30));
        keys.authenticate(issued.key());
        assertEquals(clock.instant().toEpochMilli(), ((Number) stored(issued).get("lastUsedAt")).longValue());
    }

    @Test
    void unknownKeysAreRefusedAndNotRemembered() {
        assertFalse(keys.authenticate("vt_not-a-key-of-this-shop").isPresent());
        assertFalse(keys.authenticate("").isPresent());
        assertFalse(keys.authenticate("x".repeat(201)).isPresent());
    }
}
