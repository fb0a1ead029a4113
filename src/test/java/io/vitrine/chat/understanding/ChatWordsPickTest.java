package io.vitrine.chat.understanding;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** References into the list shown (#17): superlatives pick, comparatives refine, pronouns point back. */
class ChatWordsPickTest {

    @Test
    void superlativesPickFromTheList() {
        assertEquals(Optional.of(ChatWords.Pick.CHEAPEST), ChatWords.pick("the cheapest of those"));
        assertEquals(Optional.of(ChatWords.Pick.CHEAPEST), ChatWords.pick("le moins cher"));
        assertEquals(Optional.of(ChatWords.Pick.CHEAPEST), ChatWords.pick("which one is cheaper"));
        assertEquals(Optional.of(ChatWords.Pick.CHEAPEST), ChatWords.pick("lequel est le moins cher"));
        assertEquals(Optional.of(ChatWords.Pick.DEAREST), ChatWords.pick("the most expensive one"));
    }

    @Test
    void comparativesAskForCheaperOnes() {
        assertTrue(ChatWords.asksCheaper("maybe something cheaper?"));
        assertTrue(ChatWords.asksCheaper("un peu moins cher ?"));
        assertTrue(ChatWords.asksCheaper("moins chères ?"));
        assertFalse(ChatWords.asksCheaper("le moins cher"));
    }

    @Test
    void pronounsPointBackAndTheFirstTwoAreTheFirstTwo() {
        assertTrue(ChatWords.pointsBack("and who sells it?"));
        assertTrue(ChatWords.pointsBack("je le recevrais quand ?"));
        assertTrue(ChatWords.pointsBack("quelles tailles avez-vous pour celles-ci"));
        assertFalse(ChatWords.pointsBack("how long does delivery take"));
        assertTrue(ChatWords.firstTwo("compare the first two"));
        assertTrue(ChatWords.firstTwo("compare les deux premiers"));
    }
}
