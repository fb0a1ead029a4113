package io.vitrine.chat.api;

/**
 * A shopper's message. {@code conversationId}: leave out to start a conversation, then send back the one returned;
 * {@code lang}: {@code en} or {@code fr} to force the reply language (otherwise detected, sticky per conversation).
 */
public record ChatRequest(String conversationId, String message, String lang) {
}
