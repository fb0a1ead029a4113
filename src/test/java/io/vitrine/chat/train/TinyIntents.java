package io.vitrine.chat.train;

import java.util.List;

import io.vitrine.chat.understanding.IntentExample;

/** The trainers' tests' corpus: three intents in both languages and an out-of-scope label, {@code nope}. */
final class TinyIntents {

    static final String OUT_OF_SCOPE = "nope";

    static final List<IntentExample> EXAMPLES = List.of(
            new IntentExample("greeting", "hello"),
            new IntentExample("greeting", "hi there"),
            new IntentExample("greeting", "bonjour"),
            new IntentExample("greeting", "salut"),
            new IntentExample("price", "how much is it"),
            new IntentExample("price", "what is the price"),
            new IntentExample("price", "combien ça coûte"),
            new IntentExample("price", "quel est le prix"),
            new IntentExample("returns", "how do I return an item"),
            new IntentExample("returns", "can I send it back"),
            new IntentExample("returns", "comment retourner un article"),
            new IntentExample("returns", "je veux renvoyer ma veste"),
            new IntentExample(OUT_OF_SCOPE, "tell me a joke"),
            new IntentExample(OUT_OF_SCOPE, "what's the weather"));

    private TinyIntents() {
    }
}
