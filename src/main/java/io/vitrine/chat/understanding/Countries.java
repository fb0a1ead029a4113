package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country a message names, as an ISO 3166 code: the country names of the JDK in English and French (accents
 * optional) plus the usual short forms ("UK", "USA", "the US", "Etats-Unis", "Angleterre"). "us" counts only as
 * "the US" or in capitals, never the pronoun.
 */
public final class Countries {

    private static final Map<String, String> BY_NAME = names();
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern US = Pattern.compile("\\b(?:the US|US|U\\.S\\.A?\\.?)\\b");

    private Countries() {
    }

    /** The first country named in the message. */
    public static Optional<String> find(String message) {
        String folded = TextNormalizer.fold(message);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < words.size(); i++) {
            for (int n = 4; n >= 1; n--) {
                if (i + n <= words.size()) {
                    String code = BY_NAME.get(String.join(" ", words.subList(i, i + n)));
                    if (code != null) {
                        return Optional.of(code);
                    }
                }
            }
        }
        return US.matcher(message).find() || folded.matches(".*\\bthe us\\b.*") ? Optional.of("US") : Optional.empty();
    }

    /** "Germany" / "Allemagne". */
    public static String name(String code, ChatLanguage lang) {
        return new Locale("", code).getDisplayCountry(lang == ChatLanguage.FR ? Locale.FRENCH : Locale.ENGLISH);
    }

    private static Map<String, String> names() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                String name = String.join(" ", TextNormalizer.tokens(new Locale("", code).getDisplayCountry(l)));
                if (!name.isEmpty()) {
                    out.putIfAbsent(name, code);
                }
            }
        }
        for (String[] alias : new String[][] {{"uk", "GB"}, {"united kingdom", "GB"}, {"great britain", "GB"}, {"britain", "GB"},
                {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"}, {"angleterre", "GB"}, {"royaume uni", "GB"},
                {"grande bretagne", "GB"}, {"ecosse", "GB"}, {"usa", "US"}, {"united states", "US"}, {"america", "US"},
                {"etats unis", "US"}, {"etats unis d amerique", "US"}, {"amerique", "US"}, {"holland", "NL"},
                {"hollande", "NL"}, {"pays bas", "NL"}, {"the netherlands", "NL"}, {"deutschland", "DE"}, {"espana", "ES"},
                {"italia", "IT"}, {"suisse", "CH"}, {"schweiz", "CH"}, {"belgique", "BE"}, {"belgie", "BE"}, {"uae", "AE"},
                {"russia", "RU"}, {"russie", "RU"}, {"south korea", "KR"}, {"coree", "KR"}, {"corse", "FR"},
                {"la reunion", "RE"}, {"reunion", "RE"}, {"dom tom", "GP"}, {"quebec", "CA"}}) {
            out.put(alias[0], alias[1]);
        }
        // names that are everyday words in a shop's messages
        for (String word : List.of("jordan", "chad", "niger", "guinea", "georgia", "turkey", "dominica", "jersey",
                "man", "france metropolitaine")) {
            out.remove(word);
        }
        out.put("france", "FR");
        return out;
    }
}
