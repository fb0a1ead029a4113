package io.vitrine.recommend;

import io.vitrine.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DiversitySettingsTest {

    @Test
    void theDefaultCapsAboutHalfTheListAndNeverBelowTwo() {
        DiversitySettings d = DiversitySettings.defaults();
        assertEquals(3, d.perSeller(6));
        assertEquals(3, d.perSeller(5), "ceil(2.5)");
        assertEquals(5, d.perSubCategory(10));
        assertEquals(2, d.perSeller(1));
    }

    @Test
    void sharesAreSettingsAndOneTurnsACapOff() {
        DiversitySettings d = new DiversitySettings(0.3, 1.0);
        assertEquals(3, d.perSeller(10));
        assertEquals(Integer.MAX_VALUE, d.perSubCategory(10));
        assertThrows(InvalidInputException.class, () -> new DiversitySettings(0, 0.5));
        assertThrows(InvalidInputException.class, () -> new DiversitySettings(0.5, 1.5));
    }
}
