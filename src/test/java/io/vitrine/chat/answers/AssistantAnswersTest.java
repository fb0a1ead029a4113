package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.handover.SellerMessage;
import io.vitrine.chat.understanding.IntentCorpus;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small talk, what the assistant does not know, and handing a question over to the seller. Same shop and conversation as
 * {@link AnswersFixture}.
 */
class AssistantAnswersTest extends AnswersFixture {

    @Test
    void whenItDoesNotKnowItOffersAMessageAndStoresIt() {
        ChatAnswer unsure = say("do you ship to Canada by boat?", IntentCorpus.OUT_OF_SCOPE, ChatLanguage.EN);
        assertEquals(ReplyTexts.text(ChatLanguage.EN, "dont_know"), unsure.text());
        assertEquals(Conversation.Pending.OFFER_MESSAGE, c.pending());
        assertEquals("Please type your message; I will pass it on as it is.", say("yes", "greeting", ChatLanguage.EN).text());
        ChatAnswer left = say("Please tell me if you ship to Canada", "shipping_cost_delay", ChatLanguage.EN);
        SellerMessage m = left.sellerMessage().orElseThrow();
        assertEquals(SellerMessage.SHOP, m.sellerId());
        assertEquals("do you ship to Canada by boat?", m.question());
        assertEquals("Please tell me if you ship to Canada", m.text());
        assertEquals(c.id(), m.conversationId());
        assertEquals(Conversation.Pending.NONE, c.pending());
    }

    @Test
    void aMessageAboutAProductGoesToItsSeller() {
        say("tell me about the Orbit headphones", "product_info", ChatLanguage.EN);
        say("can I talk to someone?", "human_agent", ChatLanguage.EN);
        assertEquals(Conversation.Pending.OFFER_MESSAGE, c.pending(), "a human was asked for: a message is offered");
        say("oui", "greeting", ChatLanguage.FR);
        ChatAnswer left = say("Is the battery replaceable?", IntentCorpus.OUT_OF_SCOPE, ChatLanguage.EN);
        assertEquals("casa-sud", left.sellerMessage().orElseThrow().sellerId());
        assertEquals(Optional.of("demo-4"), left.sellerMessage().orElseThrow().productId());
        assertTrue(left.text().contains("Casa Sud"), left.text());
    }

    @Test
    void smallTalkAndUnknownProducts() {
        assertTrue(say("hello", "greeting", ChatLanguage.EN).text().startsWith("Hello!"));
        assertTrue(say("merci", "thanks", ChatLanguage.FR).text().startsWith("Avec plaisir"));
        assertEquals("I could not find a product matching \"zanzibar teapot\" in the shop.",
                say("how much is the zanzibar teapot?", "price", ChatLanguage.EN).text());
        assertEquals("Which product do you mean? Tell me its name or a few words about it.",
                say("how much is it?", "price", ChatLanguage.EN).text());
        assertFalse(c.focusProductId().isPresent());
    }
}
