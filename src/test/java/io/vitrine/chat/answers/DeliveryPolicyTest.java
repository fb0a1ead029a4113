package io.vitrine.chat.answers;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeliveryPolicyTest {

    private final DeliveryPolicy policy = DeliveryPolicy.standard();

    @Test
    void businessDaysSkipWeekends() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertEquals(LocalDate.of(2026, 11, 30), DeliveryPolicy.addBusinessDays(friday, 1));
        assertEquals(LocalDate.of(2026, 12, 4), DeliveryPolicy.addBusinessDays(friday, 5));
    }

    @Test
    void homeAndAbroadWindowsAndNoneOutOfStock() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        // 1 + 2..3 business days: Thursday 3 to Friday 4 December
        assertEquals(Optional.of(new DeliveryPolicy.Window(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4))),
                policy.estimate(5, "FR", monday));
        // 1 + 3..6: Friday 4 to Wednesday 9 December (Tue 1, Wed 2, Thu 3, Fri 4, Mon 7, Tue 8, Wed 9)
        assertEquals(Optional.of(new DeliveryPolicy.Window(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 9))),
                policy.estimate(5, "DE", monday));
        assertEquals(Optional.empty(), policy.estimate(0, "FR", monday));
    }
}
