package io.vitrine.chat.understanding;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatWordsTest {

    @Test
    void keepsOnlyTheWordsThatNameAProduct() {
        assertEquals("nordika linen dress", ChatWords.productWords("How much is the Nordika linen dress?"));
        assertEquals("robe nordika lin", ChatWords.productWords("Combien coûte la robe Nordika en lin ?"));
        // colours, sizes, prices and order numbers are filters, not product words
        assertEquals("dress", ChatWords.productWords("a cheap red dress in XL under 40 euros"));
        assertEquals("", ChatWords.productWords("and in blue?"));
        assertEquals("", ChatWords.productWords("under 50 euros?"));
        assertEquals("", ChatWords.productWords("is it available?"));
        assertEquals("article", ChatWords.productWords("l'article"));
    }

    @Test
    void readsOrdinalsWithinTheListShown() {
        assertEquals(Optional.of(1), ChatWords.ordinal("the second one", 3));
        assertEquals(Optional.of(0), ChatWords.ordinal("le premier", 3));
        assertEquals(Optional.of(2), ChatWords.ordinal("et le dernier ?", 3));
        assertEquals(Optional.of(2), ChatWords.ordinal("#3 please", 3));
        assertEquals(Optional.empty(), ChatWords.ordinal("the fourth", 3), "beyond the list");
        assertEquals(Optional.empty(), ChatWords.ordinal("how much is it", 3));
    }

    @Test
    void yesAndNoInBothLanguages() {
        assertTrue(ChatWords.isYes("Oui !"));
        assertTrue(ChatWords.isYes("yes please"));
        assertTrue(ChatWords.isNo("non merci"));
        assertFalse(ChatWords.isYes("yes, what about the blue one?"), "a longer message is a new question");
    }

    @Test
    void ratingQuestionsAreNotHowToLeaveAReview() {
        assertTrue(ChatWords.asksRating("whats the rating of the Orbit headphones"));
        assertTrue(ChatWords.asksRating("how many stars does it have?"));
        assertTrue(ChatWords.asksRating("elle est bien notée ?"));
        assertTrue(ChatWords.asksRating("quels avis pour ce casque"));
        assertFalse(ChatWords.asksRating("how do I leave a review"));
        assertFalse(ChatWords.asksRating("je veux laisser un avis"));
        assertFalse(ChatWords.asksRating("how much is the Orbit headphones"));
    }

    @Test
    void wordsThatSetTwoThingsAgainstEachOther() {
        assertTrue(ChatWords.weighsTwo("X vs Y"));
        assertTrue(ChatWords.weighsTwo("is X better than Y?"));
        assertTrue(ChatWords.weighsTwo("plutôt X ou Y"));
        assertFalse(ChatWords.weighsTwo("tell me about X"));
    }
}
