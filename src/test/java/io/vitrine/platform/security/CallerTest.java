package io.vitrine.platform.security;

import io.vitrine.platform.AccessDeniedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    @Test
    void sellersManageOnlyTheirOwnProducts() {
        Caller seller = new Caller(Caller.Kind.SELLER, "a@x.io", Optional.of("shop-a"));
        assertTrue(seller.mayManage("shop-a"));
        assertFalse(seller.mayManage("shop-b"));
        assertThrows(AccessDeniedException.class, () -> seller.requireManage("shop-b"));
        assertThrows(AccessDeniedException.class, seller::requireAdmin);

        Caller boundPartner = new Caller(Caller.Kind.PARTNER, "erp", Optional.of("shop-a"));
        assertFalse(boundPartner.mayManage("shop-b"));
        // a key without a seller does not manage every seller's products (issue 13); only admins do
        Caller partner = new Caller(Caller.Kind.PARTNER, "erp", Optional.empty());
        assertFalse(partner.mayManage("shop-b"));
        assertTrue(new Caller(Caller.Kind.ADMIN, "root", Optional.empty()).mayManage("shop-b"));
        Caller boundWithoutCatalogue = new Caller(Caller.Kind.PARTNER, "feed", Optional.of("shop-a"), Set.of(Scope.EVENTS_WRITE), Optional.empty());
        assertFalse(boundWithoutCatalogue.mayManage("shop-a"), "catalog:write is needed");
    }

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, Caller.ANONYMOUS::requireAuthenticated);
        assertTrue(e.isUnauthenticated());
        AccessDeniedException forbidden = assertThrows(AccessDeniedException.class,
                () -> new Caller(Caller.Kind.PARTNER, "erp", Optional.empty()).requireAdmin());
        assertFalse(forbidden.isUnauthenticated());
    }

    @Test
    void keysAreStoredAsTheirHashOnly() {
        PartnerKey key = new PartnerKey("vt_secret", "erp", false, "shop-a", Instant.EPOCH);
        assertEquals(64, key.hashedKey().length());
        assertNotEquals("vt_secret", key.hashedKey());
        assertEquals(PartnerKey.hash("vt_secret"), key.hashedKey());
        assertEquals(Caller.Kind.PARTNER, key.toCaller().kind());
        assertEquals(Caller.Kind.ADMIN, new PartnerKey("k", "root", true, null, Instant.EPOCH).toCaller().kind());
    }

    @Test
    void keysStoredBeforeScopesKeepEquivalentScopes() {
        org.bson.Document admin = new org.bson.Document("_id", "h1").append("name", "root").append("admin", true).append("createdAt", 1L);
        assertEquals(Set.of(Scope.ADMIN), PartnerKey.fromDocument(admin).scopes());
        assertTrue(PartnerKey.fromDocument(admin).toCaller().isAdmin());
        org.bson.Document seller = new org.bson.Document("_id", "h2").append("name", "shop").append("admin", false)
                .append("sellerId", "shop-a").append("createdAt", 1L);
        assertEquals(Scope.SELLER_SCOPES, PartnerKey.fromDocument(seller).scopes());
        org.bson.Document partner = new org.bson.Document("_id", "h3").append("name", "erp").append("admin", false).append("createdAt", 1L);
        assertEquals(Scope.LEGACY_PARTNER_SCOPES, PartnerKey.fromDocument(partner).scopes());
        assertFalse(PartnerKey.fromDocument(partner).scopes().contains(Scope.CATALOG_WRITE));
    }

    @Test
    void storedKeysKeepScopesExpiryAndLastUse() {
        PartnerKey k = new PartnerKey("key_1", PartnerKey.hash("vt_x"), "feed", "shop-a", Set.of(Scope.EVENTS_WRITE),
                Instant.ofEpochMilli(1000), Instant.ofEpochMilli(5000), null);
        PartnerKey back = PartnerKey.fromDocument(k.toDocument().append("lastUsedAt", 3000L));
        assertEquals(Set.of(Scope.EVENTS_WRITE), back.scopes());
        assertEquals("key_1", back.keyId());
        assertEquals(Optional.of(Instant.ofEpochMilli(3000)), back.lastUsedAt());
        assertFalse(back.expired(Instant.ofEpochMilli(4999)));
        assertTrue(back.expired(Instant.ofEpochMilli(5000)));
    }

    @Test
    void scopesMustFitTheSellerBinding() {
        ApiKeys.checkScopes(Set.of(Scope.CATALOG_WRITE, Scope.EVENTS_WRITE), "shop-a");
        ApiKeys.checkScopes(Set.of(Scope.RECOMMENDATIONS_READ), null);
        ApiKeys.checkScopes(Set.of(Scope.ADMIN), null);
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.checkScopes(Set.of(Scope.CATALOG_WRITE), null));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.checkScopes(Set.of(Scope.RECOMMENDATIONS_READ), "shop-a"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.checkScopes(Set.of(Scope.ADMIN), "shop-a"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.checkScopes(Set.of(), null));
    }
}
