package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Countries named in English or French, with or without accents, never the pronoun "us". */
class CountriesTest {

    @Test
    void namesInBothLanguagesAndShortForms() {
        assertEquals(Optional.of("DE"), Countries.find("How much does shipping cost to Germany?"));
        assertEquals(Optional.of("BE"), Countries.find("quels sont les délais de livraison en Belgique ?"));
        assertEquals(Optional.of("US"), Countries.find("livraison aux etats unis possible ?"));
        assertEquals(Optional.of("US"), Countries.find("do you deliver to the US"));
        assertEquals(Optional.of("GB"), Countries.find("shipping to the UK how long"));
        assertEquals(Optional.of("GB"), Countries.find("livraison au royaume-uni"));
        assertEquals(Optional.of("CH"), Countries.find("vous livrez en suisse ?"));
    }

    @Test
    void theWordUsIsNoCountry() {
        assertEquals(Optional.empty(), Countries.find("can you help us with a gift?"));
        assertEquals(Optional.empty(), Countries.find("a jersey t-shirt"));
    }

    @Test
    void displayNamesPerLanguage() {
        assertEquals("Germany", Countries.name("DE", ChatLanguage.EN));
        assertEquals("Allemagne", Countries.name("DE", ChatLanguage.FR));
    }
}
