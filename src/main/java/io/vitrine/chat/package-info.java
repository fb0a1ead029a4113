/**
 * The chat assistant. {@link io.vitrine.chat.ChatService} is the root service: it keeps the
 * {@link io.vitrine.chat.Conversation} in MongoDB, classifies each message with the live intent model
 * ({@link io.vitrine.chat.ChatModels}: shipped default, retrained and swapped atomically) in the shopper's language
 * ({@link io.vitrine.chat.LanguageIdentifier}, sticky per conversation with {@link io.vitrine.chat.ConversationLanguage}),
 * and lets {@link io.vitrine.chat.AnswerComposer} answer from live data through the {@link io.vitrine.chat.ChatShop}
 * port (search, catalogue, recommendations, orders) and the FAQ / policy pages ({@link io.vitrine.chat.FaqService},
 * BM25 over MongoDB-stored entries). Questions it cannot answer become {@link io.vitrine.chat.SellerMessage}s, which the
 * seller dashboard reads through {@link io.vitrine.chat.SellerMessageService}. The language and intent core
 * ({@link io.vitrine.chat.IntentModel}, {@link io.vitrine.chat.IntentClassifier}, {@link io.vitrine.chat.EntityExtractor})
 * is plain Java.
 */
package io.vitrine.chat;
