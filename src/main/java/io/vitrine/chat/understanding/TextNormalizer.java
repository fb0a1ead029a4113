package io.vitrine.chat.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the features see it: lower case, accents folded ("réduction" and "reduction" are the same word for a
 * shopper typing on a phone), curly quotes straightened, and digit runs collapsed to one {@code 0} so that
 * "VT-482913" and "VT-119384" share their features.
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");

    private TextNormalizer() {
    }

    /** Lower case without accents; keeps punctuation (the entity extractor needs "€", "-", "/"). */
    public static String fold(String text) {
        String s = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ')
                .replace("\u0153", "oe").replace("\u0152", "OE").replace("\u00e6", "ae");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        return s.toLowerCase(Locale.ROOT);
    }

    /** Folded word tokens with digit runs collapsed; the input of the intent features. */
    public static String[] tokens(String text) {
        Matcher m = TOKEN.matcher(fold(text));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(DIGITS.matcher(m.group()).replaceAll("0"));
        }
        return out.toArray(String[]::new);
    }
}
