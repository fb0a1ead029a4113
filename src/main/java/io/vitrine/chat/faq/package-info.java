/**
 * The shop's FAQ and policy pages: entries stored in MongoDB (seeded once from {@code faq-seed.tsv}), edited through
 * the admin API, and searched with BM25 ({@link io.vitrine.chat.faq.FaqIndex}) for policy questions.
 */
package io.vitrine.chat.faq;
