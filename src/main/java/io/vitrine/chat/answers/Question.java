package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.ChatEntities;
import io.vitrine.chat.understanding.ChatWords;
import io.vitrine.chat.understanding.Intent;

import java.util.Optional;

/**
 * One message as an {@link Answerer} reads it: the text, the intent to act on (the classifier's, or the context's
 * when "the second one" picks a product from the list shown), the reply's language, what the message names, its
 * product words, the product it points at in the list shown, and the logged-in shopper if any. Built by
 * {@link Answers} only, from values it has checked.
 */
public record Question(String message, Intent intent, ChatLanguage lang, ChatEntities entities, String productWords,
                       Optional<Product> referenced, Optional<String> account) {

    /** "is it cheaper?", "better than ...", "moins cher chez ...": the price or the product set against something else. */
    boolean setsAgainst() {
        return ChatWords.asksCheaper(message) || ChatWords.weighsTwo(message);
    }
}
