package io.vitrine.chat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.vitrine.chat.understanding.IntentExample;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    @Test
    void sameWordsInAnotherOrderAreOneSentence() {
        // {please, cancel, my, order} both ways: Jaccard 4/4
        assertTrue(NearDuplicates.near("please cancel my order", "Cancel my order, please!"));
    }

    @Test
    void oneExtraWordIsOneSentence() {
        // {cancel, order} + {please}: a subset missing one word
        assertTrue(NearDuplicates.near("cancel order", "cancel order please"));
        assertTrue(NearDuplicates.near("hi", "hi there"));
    }

    @Test
    void aTypoIsOneSentence() {
        // "reset pasword" -> "reset password": edit distance 1 <= floor(0.15 x 14) = 2
        assertTrue(NearDuplicates.near("reset pasword", "reset password"));
        // accents and case are folded first
        assertTrue(NearDuplicates.near("Où est ma commande", "ou est ma comande"));
    }

    @Test
    void differentPhrasingsOfOneIntentAreNot() {
        // {how, to, cancel, my, order} vs {i, want, to, cancel, my, order}: Jaccard 4/7, two extra words,
        // edit distance 4 > floor(0.15 x 25) = 3
        assertFalse(NearDuplicates.near("how to cancel my order", "I want to cancel my order"));
        assertFalse(NearDuplicates.near("where is my parcel", "has my order shipped yet"));
        assertFalse(NearDuplicates.near("hi", "hey"));
    }

    @Test
    void editDistanceStopsAtTheBound() {
        assertEquals(3, NearDuplicates.editDistance("kitten", "sitting", 5));
        assertEquals(2, NearDuplicates.editDistance("kitten", "sitting", 1));
    }

    @Test
    void crossingListsOnlyLeaksOfTheSameIntent() {
        HeldOutSplit split = new HeldOutSplit(
                List.of(new IntentExample("cancel_order", "cancel my order please"),
                        new IntentExample("order_status", "where is my order")),
                List.of(new IntentExample("cancel_order", "please cancel my order"),
                        new IntentExample("cancel_order", "where is my order"),
                        new IntentExample("order_status", "has it shipped")));
        assertEquals(List.of("cancel_order: 'please cancel my order' ~ 'cancel my order please'"),
                NearDuplicates.crossing(split));
    }
}
