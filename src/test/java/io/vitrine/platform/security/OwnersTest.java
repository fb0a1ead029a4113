package io.vitrine.platform.security;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OwnersTest {

    @Test
    void anIdOutsideTheKindsSyntaxNamesNothingAndIsNeverLookedUp() {
        List<String> lookedUp = new ArrayList<>();
        Owners orders = Owners.of("order", id -> id.matches("VT-\\d{8}"), id -> {
            lookedUp.add(id);
            return id.equals("VT-00000001") ? Optional.of(Set.of("s1", "s2")) : Optional.empty();
        });
        assertEquals("order", orders.kind());
        assertEquals(Optional.of(Set.of("s1", "s2")), orders.sellersOf("VT-00000001"));
        assertEquals(Optional.empty(), orders.sellersOf("VT-00000002"));
        assertEquals(Optional.empty(), orders.sellersOf("VT-1' || '1"));
        assertEquals(Optional.empty(), orders.sellersOf(null));
        assertEquals(List.of("VT-00000001", "VT-00000002"), lookedUp);
    }
}
