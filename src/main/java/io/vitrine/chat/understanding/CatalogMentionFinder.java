package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.util.List;

/**
 * Resolves product names (typos included), brands and categories in a message through the catalogue search.
 * Implemented outside this package by the search feature; the chat core only depends on this interface.
 */
@FunctionalInterface
public interface CatalogMentionFinder {

    /** Mentions found in {@code text}, best first; empty when nothing in the catalogue matches. */
    List<CatalogMention> find(String text, ChatLanguage lang);

    /** For tests and for running without a catalogue. */
    static CatalogMentionFinder none() {
        return (text, lang) -> List.of();
    }
}
