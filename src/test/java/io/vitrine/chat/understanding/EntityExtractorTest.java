package io.vitrine.chat.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void readsTheCheapRedDressRequest() {
        ChatEntities e = extractor.extract("a cheap red dress under 40 euros");
        assertEquals(List.of(Colour.RED), e.colours());
        assertEquals(Optional.of(PriceRange.atMost(new BigDecimal("40"))), e.price());
    }

    @Test
    void readsFrenchPriceLimitsWithAndWithoutAccents() {
        assertEquals(Optional.of(PriceRange.atMost(new BigDecimal("40"))), extractor.extract("une robe rouge à moins de 40 €").price());
        assertEquals(Optional.of(PriceRange.atMost(new BigDecimal("39.99"))), extractor.extract("robe a moins de 39,99 euros").price());
        assertEquals(Optional.of(PriceRange.atLeast(new BigDecimal("20"))), extractor.extract("un sac à plus de 20€").price());
        assertEquals(Optional.of(PriceRange.atMost(new BigDecimal("50"))), extractor.extract("budget 50 € max").price());
    }

    @Test
    void readsRanges() {
        PriceRange twentyToFifty = PriceRange.between(new BigDecimal("20"), new BigDecimal("50"));
        assertEquals(Optional.of(twentyToFifty), extractor.extract("shoes between 20 and 50").price());
        assertEquals(Optional.of(twentyToFifty), extractor.extract("sac en cuir entre 20 et 50 euros").price());
        assertEquals(Optional.of(twentyToFifty), extractor.extract("something from €20 to €50").price());
        assertEquals(Optional.of(twentyToFifty), extractor.extract("un cadeau 20-50€").price());
    }

    @Test
    void numbersThatAreNotPricesStayOut() {
        assertEquals(Optional.empty(), extractor.extract("livré en moins de 5 jours ?").price());
        assertEquals(Optional.empty(), extractor.extract("I ordered more than 2 items").price());
        assertEquals(Optional.empty(), extractor.extract("can I return it within less than 30 days").price());
        assertEquals(Optional.empty(), extractor.extract("do you have these boots in a 42").price());
    }

    @Test
    void readsColoursInBothLanguagesAndTheirForms() {
        assertEquals(List.of(Colour.BLUE, Colour.GREEN), extractor.extract("la robe bleue ou la verte ?").colours());
        assertEquals(List.of(Colour.NAVY), extractor.extract("je peux l'avoir en bleu marine").colours());
        assertEquals(List.of(Colour.NAVY), extractor.extract("do you have it in navy blue").colours());
        assertEquals(List.of(Colour.GREY, Colour.WHITE), extractor.extract("Is the hoodie available in GREY or only white?").colours());
        assertEquals(List.of(Colour.BLACK), extractor.extract("des baskets noires").colours());
        assertTrue(extractor.extract("combien d'argent pour la crème ?").colours().isEmpty());
    }

    @Test
    void readsSizes() {
        assertEquals(List.of("L"), extractor.extract("do you have the jacket in size L").sizes());
        assertEquals(List.of("42"), extractor.extract("vous avez ces bottes en 42").sizes());
        assertEquals(List.of("38"), extractor.extract("taille 38 dispo ?").sizes());
        // "sizes" / "tailles" are no "size S"
        assertEquals(List.of(), extractor.extract("what sizes does the jersey t-shirt come in").sizes());
        assertEquals(List.of(), extractor.extract("quelles tailles pour le t-shirt").sizes());
        assertEquals(List.of("M"), extractor.extract("il me faut un M en vert").sizes());
        assertEquals(List.of("XL"), extractor.extract("is there an xl").sizes());
        assertEquals(List.of("S"), extractor.extract("do you have it in a small").sizes());
        assertEquals(List.of("42.5"), extractor.extract("pointure 42,5").sizes());
        assertTrue(extractor.extract("l'article est arrivé en 2 jours").sizes().isEmpty());
        assertTrue(extractor.extract("L'iPhone 15 est dispo ?").sizes().isEmpty());
    }

    @Test
    void readsOrderNumbersInTheirLooseForms() {
        assertEquals(List.of(new OrderNumber("VT-48291375")), extractor.extract("my order VT-48291375, any update?").orderNumbers());
        assertEquals(List.of(new OrderNumber("VT-48291375"), new OrderNumber("VT-11938402")),
                extractor.extract("commandes vt48291375 et VT 11938402").orderNumbers());
        assertTrue(extractor.extract("order 1234567").orderNumbers().isEmpty());
        // the numbers order.Order issues have eight digits: six or nine are not order numbers
        assertTrue(extractor.extract("order VT-482913").orderNumbers().isEmpty());
        assertTrue(extractor.extract("order VT-482913751").orderNumbers().isEmpty());
    }

    @Test
    void plainMessagesHaveNoEntities() {
        assertTrue(extractor.extract("Bonjour").isEmpty());
        assertTrue(extractor.extract("").isEmpty());
        assertTrue(extractor.extract("<script>alert(1)</script> 😀").isEmpty());
    }
}
