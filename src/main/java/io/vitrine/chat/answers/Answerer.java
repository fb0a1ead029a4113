package io.vitrine.chat.answers;

import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.Intent;

import java.util.Set;

/**
 * Answers the questions of a group of intents from live shop data. {@link Answers} gives each message to the one
 * answerer whose {@link #intents()} hold its intent; the answerer may update the conversation's context (product in
 * focus, products shown, last search, a question awaiting an answer), which the caller stores.
 */
public interface Answerer {

    /** The intents this answerer answers; no two answerers share one. */
    Set<Intent> intents();

    ChatAnswer answer(Question q, Conversation c);
}
