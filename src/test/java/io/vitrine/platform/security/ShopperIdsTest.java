package io.vitrine.platform.security;

import io.vitrine.customer.Account;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopperIdsTest {

    /** Two accounts, as the customer feature would answer. */
    static final ShopperIds TWO = new ShopperIds() {
        final Map<String, String> byPublic = Map.of("sh_0123456789abcdef01234567", "ann@example.com");

        @Override
        public Optional<String> accountOf(String publicId) {
            return Optional.ofNullable(byPublic.get(publicId));
        }

        @Override
        public Optional<String> publicIdOf(String accountId) {
            return byPublic.entrySet().stream().filter(e -> e.getValue().equals(accountId)).map(Map.Entry::getKey).findFirst();
        }
    };

    @Test
    void everyAccountGetsARandomOpaqueId() {
        Account a = new Account("Ann@Example.com", "Ann", Role.SHOPPER, "hash", null, Instant.EPOCH);
        Account b = new Account("bob@example.com", "Bob", Role.SHOPPER, "hash", null, Instant.EPOCH);
        String id = a.publicId().orElseThrow();
        assertTrue(ShopperIds.isPublicId(id), id);
        assertFalse(id.contains("ann"), "nothing of the e-mail in it");
        assertNotEquals(id, b.publicId().orElseThrow());
    }

    @Test
    void publicIdsAreTranslatedAtTheEdgeAndEverythingElseIsKept() {
        assertEquals("ann@example.com", TWO.internal("sh_0123456789abcdef01234567"));
        assertEquals("sh_ffffffffffffffffffffffff", TWO.internal("sh_ffffffffffffffffffffffff"), "an unknown id stays unknown");
        assertEquals("anon:web-1", TWO.internal("anon:web-1"));
        assertEquals("sh_0123456789abcdef01234567", TWO.external("ann@example.com"));
        assertEquals("unknown", TWO.external("gone@example.com"), "never an e-mail outside");
        assertEquals("anon:web-1", TWO.external("anon:web-1"));
        assertFalse(ShopperIds.isPublicId("shopper0001@demo.vitrine.io"));
        assertFalse(ShopperIds.isPublicId("sh_0123"));
    }
}
