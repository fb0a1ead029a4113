package io.vitrine.platform.security;

import io.vitrine.platform.AccessDeniedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

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
        Caller partner = new Caller(Caller.Kind.PARTNER, "erp", Optional.empty());
        assertTrue(partner.mayManage("shop-b"));
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
}
