/**
 * Answering one understood message from live shop data: one {@link io.vitrine.chat.answers.Answerer} per group of
 * intents (product facts, suggestions, comparison, orders, policies, small talk and hand-over), picked by
 * {@link io.vitrine.chat.answers.Answers}; the facts come through the {@link io.vitrine.chat.answers.ChatShop} port,
 * the wording from {@link io.vitrine.chat.answers.ReplyTexts}. Plain Java: the unit tests drive it with an
 * in-memory shop.
 */
package io.vitrine.chat.answers;
