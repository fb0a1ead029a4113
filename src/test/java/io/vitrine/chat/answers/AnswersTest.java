package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.IntentPrediction;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dispatcher: every intent the classifier may predict has its answerer, and the answer keeps that intent. */
class AnswersTest extends AnswersFixture {

    @Test
    void everyPredictableIntentIsAnswered() {
        for (Intent i : Intent.values()) {
            if (!i.isPredictable()) {
                continue;
            }
            c = Conversation.start(FRIDAY.instant());
            boolean oos = i == Intent.OUT_OF_SCOPE;
            ChatAnswer a = answers.answer(c, "hello there", new IntentPrediction(i.label(), oos ? 0.2 : 0.9, ChatLanguage.EN,
                    i.label(), oos), Optional.empty());
            assertEquals(i, a.intent(), i.label() + ": " + a.text());
        }
    }
}
