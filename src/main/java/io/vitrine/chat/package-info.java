/**
 * The chat assistant's language and intent core, plain Java: which language a shopper writes in
 * ({@link io.vitrine.chat.LanguageIdentifier}, {@link io.vitrine.chat.ConversationLanguage}), what they want
 * ({@link io.vitrine.chat.IntentClassifier} over an immutable {@link io.vitrine.chat.IntentModel}) and the entities
 * that need no catalogue ({@link io.vitrine.chat.EntityExtractor}). Serving, storage and catalogue look-ups build on it.
 */
package io.vitrine.chat;
