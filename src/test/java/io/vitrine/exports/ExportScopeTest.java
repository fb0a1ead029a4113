package io.vitrine.exports;

import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.security.Caller;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Whose data an export holds: a seller its own only (naming another is refused), an admin the shop or one seller. */
class ExportScopeTest {

    private static final Caller AUBERT = new Caller(Caller.Kind.SELLER, "seller@aubert.fr", Optional.of("aubert"));
    private static final Caller ADMIN = new Caller(Caller.Kind.ADMIN, "admin@shop", Optional.empty());

    @Test
    void aSellerExportsItsOwnDataOnly() {
        assertEquals(new ExportScope(Optional.of("aubert"), false), ExportScope.of(AUBERT, Optional.empty()));
        assertEquals(new ExportScope(Optional.of("aubert"), false), ExportScope.of(AUBERT, Optional.of("aubert")));
        assertThrows(AccessDeniedException.class, () -> ExportScope.of(AUBERT, Optional.of("rival")));
        assertThrows(AccessDeniedException.class, () -> ExportScope.of(Caller.ANONYMOUS, Optional.empty()));
        assertThrows(AccessDeniedException.class, () -> ExportScope.of(
                new Caller(Caller.Kind.PARTNER, "partner", Optional.empty()), Optional.of("aubert")));
    }

    @Test
    void anAdminExportsTheShopOrOneSeller() {
        assertEquals(new ExportScope(Optional.empty(), true), ExportScope.of(ADMIN, Optional.of(" ")));
        assertEquals("shop", ExportScope.of(ADMIN, Optional.empty()).label());
        assertEquals("rival", ExportScope.of(ADMIN, Optional.of("rival")).label());
    }
}
