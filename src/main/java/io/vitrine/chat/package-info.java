/**
 * The chat assistant. {@link io.vitrine.chat.ChatService} is the use case (a message in, a
 * {@link io.vitrine.chat.ChatReply} out): it loads the {@link io.vitrine.chat.conversation.Conversation}, reads the
 * message with the live intent model ({@link io.vitrine.chat.ChatModels}) in the shopper's language
 * ({@code understanding}), lets {@link io.vitrine.chat.answers.Answers} answer from live data ({@code answers}, with
 * the FAQ / policy pages of {@code faq}) and passes on what it cannot answer as seller messages ({@code handover}).
 * Its settings are one {@link io.vitrine.chat.ChatSettings}. The n-gram feature generators stay here because saved
 * model files name them by class.
 */
package io.vitrine.chat;
