/**
 * The chat assistant's language and intent core, plain Java: which language a shopper writes in
 * ({@link io.vitrine.chat.LanguageIdentifier}, sticky per conversation with {@link io.vitrine.chat.ConversationLanguage}),
 * what they want ({@link io.vitrine.chat.IntentClassifier} over an immutable {@link io.vitrine.chat.IntentModel}) and
 * the entities that need no catalogue ({@link io.vitrine.chat.EntityExtractor}). Products, brands and categories are
 * resolved through {@link io.vitrine.chat.CatalogMentionFinder}, which the search feature implements; serving and
 * storage build on this package.
 */
package io.vitrine.chat;
