package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.ProductCard;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.IntentCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Suggestions that respect the colour and price named, refined by follow-ups. Same shop and conversation as
 * {@link AnswersFixture}.
 */
class SuggestionAnswersTest extends AnswersFixture {

    @Test
    void recommendationsRespectColourAndPriceAndFollowUpsRefineThem() {
        ChatAnswer red = say("a red dress under 60 euros", "recommendation", ChatLanguage.EN);
        // demo-3 is red and cheaper but out of stock; demo-2 is blue
        assertEquals(List.of("demo-1"), red.cards().stream().map(ProductCard::id).toList());
        // #17: one suggestion is "a suggestion", not "1 suggestions"
        assertTrue(red.text().startsWith("Here is 1 suggestion in red under €60.00:"), red.text());

        ChatAnswer blue = say("and in blue?", "sizes_colours", ChatLanguage.EN);
        assertEquals(Intent.RECOMMENDATION, blue.intent());
        assertEquals(List.of("demo-2"), blue.cards().stream().map(ProductCard::id).toList());

        ChatAnswer cheaper = say("under 50 euros?", IntentCorpus.OUT_OF_SCOPE, ChatLanguage.EN);
        assertTrue(cheaper.cards().isEmpty(), "no blue dress under 50: " + cheaper.text());
        assertEquals("I found nothing in blue under €50.00. Try a higher budget or another colour?", cheaper.text());
    }
}
