package io.vitrine.chat.understanding;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small words of a chat message: which ones name a product (everything but stop words, chat words such as
 * "how much" or "dispo", colours, sizes, prices and order numbers, listed in {@code chat-words.txt}), which item of a
 * list "the second one" means, and whether a short message says yes or no.
 */
public final class ChatWords {

    private static final Set<String> CHAT = load("/io/vitrine/chat/chat-words.txt");
    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "sure", "ok", "okay", "please", "oui", "ouais",
            "d'accord", "daccord", "dac", "volontiers", "certes", "bien sur", "yes please", "oui merci", "oui stp", "go");
    private static final Set<String> NO = Set.of("no", "n", "nope", "non", "no thanks", "non merci", "pas besoin", "never mind",
            "laisse tomber", "annule", "stop", "not now", "pas maintenant", "nan");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*");
    private static final Pattern PRICE_OR_NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?\\s*(?:€|\\$|euros?\\b|eur\\b|dollars?\\b)?|vt[-\\s]?\\d+");
    private static final String[][] ORDINALS = {
            {"first", "1st", "premier", "premiere", "1er", "1ere"},
            {"second", "2nd", "deuxieme", "seconde", "2e", "2eme"},
            {"third", "3rd", "troisieme", "3e", "3eme"},
            {"fourth", "4th", "quatrieme", "4e", "4eme"},
            {"fifth", "5th", "cinquieme", "5e", "5eme"},
    };
    private static final Set<String> LAST = Set.of("last", "dernier", "derniere");
    private static final Pattern NUMBERED = Pattern.compile("(?:#|n°|no\\.?|number|numero)\\s*([1-5])\\b");

    private ChatWords() {
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = ChatWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    for (String w : l.split("\\s+")) {
                        words.add(TextNormalizer.fold(w));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** The words that may name a product, in order: "combien coûte la robe Nordika en lin ?" gives "robe nordika lin". */
    public static String productWords(String message) {
        String folded = PRICE_OR_NUMBER.matcher(TextNormalizer.fold(message)).replaceAll(" ");
        CharArraySet en = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        CharArraySet fr = FrenchAnalyzer.getDefaultStopSet();
        Set<String> colours = new HashSet<>();
        for (Colour c : Colour.values()) {
            for (String n : c.names()) {
                colours.addAll(List.of(n.split(" ")));
            }
        }
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            String w = m.group();
            int apostrophe = w.indexOf('\'');
            if (apostrophe > 0 && apostrophe <= 2) {
                w = w.substring(apostrophe + 1); // l'article, d'une, qu'il
            }
            if (w.length() < 2 || en.contains(w) || fr.contains(w) || CHAT.contains(w) || colours.contains(w)
                    || isOrdinal(w) || YES.contains(w) || NO.contains(w) || isSize(w)) {
                continue;
            }
            out.add(w);
        }
        return String.join(" ", out);
    }

    private static boolean isSize(String w) {
        return w.matches("x{0,3}[sml]|x{1,3}l|[2-5]xl|w\\d\\d");
    }

    private static boolean isOrdinal(String w) {
        if (LAST.contains(w)) {
            return true;
        }
        for (String[] forms : ORDINALS) {
            if (List.of(forms).contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** 0-based position named by "the second one", "le premier", "#3"; {@code size - 1} for "the last one". */
    public static Optional<Integer> ordinal(String message, int size) {
        String folded = TextNormalizer.fold(message);
        Matcher n = NUMBERED.matcher(folded);
        if (n.find()) {
            return Optional.of(Integer.parseInt(n.group(1)) - 1).filter(i -> i < size);
        }
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            String w = m.group();
            if (LAST.contains(w) && size > 0) {
                return Optional.of(size - 1);
            }
            for (int i = 0; i < ORDINALS.length; i++) {
                if (List.of(ORDINALS[i]).contains(w)) {
                    int index = i;
                    return Optional.of(index).filter(x -> x < size);
                }
            }
        }
        return Optional.empty();
    }

    /** How a follow-up points into the list shown: a position, the cheapest or dearest of it. */
    public enum Pick { CHEAPEST, DEAREST }

    private static final Pattern CHEAPEST = Pattern.compile(
            "\\b(cheapest|least expensive|lowest price|(which|what) (one )?(is|s) cheaper|the cheaper( one)?|(le|la|les) moins che(re|r)s?"
                    + "|(le|la) plus abordable|moins cher des|lequel est (le )?moins cher|laquelle est (la )?moins chere)\\b");
    private static final Pattern DEAREST = Pattern.compile(
            "\\b(most expensive|dearest|priciest|(le|la|les) plus che(re|r)s?)\\b");
    private static final Pattern CHEAPER = Pattern.compile(
            "\\b(cheaper|less expensive|lower price|smaller budget|moins che(re|r)s?|moins couteu(x|se)|plus abordables?|pas trop che(re|r)s?)\\b");
    private static final Pattern POINTS_BACK = Pattern.compile(
            "\\b(it|its|this one|that one|this|that|them|these|those)\\b|\\b(qui|je|on|vous|tu|il|elle) (le|la|les|l)\\b"
                    + "|\\b(il|elle|celui|celle|ceux|celles|celui ci|celle ci|ca|cet article|ce produit)\\b");
    private static final Pattern FIRST_TWO = Pattern.compile(
            "\\b(first two|the two|both|top two|les deux premiers|les deux premieres|les 2 premiers|les deux|2 premiers|first 2)\\b");

    /** A question about how shoppers rate a product ("how many stars", "what do reviews say", "c'est bien noté ?"). */
    private static final Pattern RATING = Pattern.compile(
            "\\b(ratings?|rated|stars?|reviews? (say|like)|(good|bad|any|many|its|the) reviews?|customers? (think|say)"
                    + "|notes?|note[es]?|etoiles?|avis (des|sur|clients?)|(bons?|mauvais|quels?|ses|les) avis|les clients (en )?pensent)\\b");
    /** Asking how to write one ("leave a review", "laisser un avis") is the review policy, not a rating question. */
    private static final Pattern WRITE_REVIEW = Pattern.compile(
            "\\b(leave|write|post|submit|add|give|edit|delete|laisser|ecrire|poster|donner|deposer|modifier|supprimer|mettre)\\b");

    /** "what's the rating of ...", "how many stars", "il est bien noté ?": how shoppers rate a product, not how to rate one. */
    public static boolean asksRating(String message) {
        String folded = TextNormalizer.fold(message).replace('\'', ' ');
        return RATING.matcher(folded).find() && !WRITE_REVIEW.matcher(folded).find();
    }

    /** "the cheapest of those", "le moins cher", "which one is cheaper": a product picked from the list by price. */
    public static Optional<Pick> pick(String message) {
        String folded = TextNormalizer.fold(message);
        return CHEAPEST.matcher(folded).find() ? Optional.of(Pick.CHEAPEST)
                : DEAREST.matcher(folded).find() ? Optional.of(Pick.DEAREST) : Optional.empty();
    }

    /** "something cheaper?", "moins chères ?": the same search for less money (a superlative is a {@link #pick}). */
    public static boolean asksCheaper(String message) {
        return pick(message).isEmpty() && CHEAPER.matcher(TextNormalizer.fold(message)).find();
    }

    /** "who sells it?", "je le reçois quand ?": the message is about the product already talked about. */
    public static boolean pointsBack(String message) {
        return POINTS_BACK.matcher(TextNormalizer.fold(message).replace('\'', ' ')).find();
    }

    private static final Pattern WEIGHS_TWO = Pattern.compile(
            "\\b(vs|versus|or|ou|compare\\w*|better|worse|mieux|meilleure?|difference|than|plutot|rather|between|entre|contre|against)\\b");

    /** "X vs Y", "is X better than Y", "X ou Y": words that set two things against each other. */
    public static boolean weighsTwo(String message) {
        return WEIGHS_TWO.matcher(TextNormalizer.fold(message)).find();
    }

    /** "compare the first two", "les deux premiers": the first two of the list shown. */
    public static boolean firstTwo(String message) {
        return FIRST_TWO.matcher(TextNormalizer.fold(message)).find();
    }

    public static boolean isYes(String message) {
        return YES.contains(shortForm(message));
    }

    public static boolean isNo(String message) {
        return NO.contains(shortForm(message));
    }

    private static String shortForm(String message) {
        return TextNormalizer.fold(message).replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
    }
}
