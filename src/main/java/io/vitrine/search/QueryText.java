package io.vitrine.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A shopper's raw input made safe: control characters dropped, cut to a sensible length on a word boundary,
 * split into normalised words by the plain chain. Nothing here is ever parsed as query syntax, so
 * {@code AND OR NOT ( * " ~} are just characters that the tokenizer drops or keeps as words.
 */
record QueryText(String raw, List<String> words, boolean truncated) {

    QueryText {
        words = List.copyOf(words);
    }

    static QueryText of(String raw, int maxChars, int maxWords) {
        if (raw == null || raw.isBlank()) {
            return new QueryText("", List.of(), false);
        }
        String text = raw.replaceAll("[\\p{Cntrl}\\p{Cf}&&[^\\u200D]]", " ").strip();
        boolean truncated = false;
        if (text.length() > maxChars) {
            int cut = maxChars;
            int space = text.lastIndexOf(' ', maxChars);
            if (space > maxChars / 2) {
                cut = space; // keep whole words when we can
            } else if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--; // never split an emoji in two
            }
            text = text.substring(0, cut);
            truncated = true;
        }
        List<String> words = new ArrayList<>();
        for (String w : Analyzers.tokens(Analyzers.PLAIN, "q", text)) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(w);
            }
        }
        if (words.size() > maxWords) {
            words = words.subList(0, maxWords);
            truncated = true;
        }
        return new QueryText(text, words, truncated);
    }

    /** The first {@code n} words only: the last resort for a query too big for Lucene's clause limit. */
    QueryText firstWords(int n) {
        return words.size() <= n ? this : new QueryText(raw, words.subList(0, n), true);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The normalised words joined by spaces: the key of an exact-name match and the input of synonym expansion. */
    String normalised() {
        return String.join(" ", words);
    }
}
