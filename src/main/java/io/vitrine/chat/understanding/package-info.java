/**
 * Reading a shopper's message, plain Java: its language ({@link io.vitrine.chat.understanding.LanguageIdentifier},
 * sticky per conversation with {@link io.vitrine.chat.understanding.ConversationLanguage}), its
 * {@link io.vitrine.chat.understanding.Intent} (the {@link io.vitrine.chat.understanding.IntentModel} behind an
 * {@link io.vitrine.chat.understanding.IntentClassifier}, trained on the {@link io.vitrine.chat.understanding.IntentCorpus}),
 * what it names (colours, sizes, prices, order numbers: {@link io.vitrine.chat.understanding.EntityExtractor}; a
 * product named in full: {@link io.vitrine.chat.understanding.ProductNameMask}) and the search it implies
 * ({@link io.vitrine.chat.understanding.ProductCriteria}).
 */
package io.vitrine.chat.understanding;
