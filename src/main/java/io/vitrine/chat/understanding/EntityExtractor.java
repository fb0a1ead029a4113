package io.vitrine.chat.understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entities that need no catalogue (colours, sizes, price limits, order numbers) in French or English,
 * on accent-folded text so "moins de 40 €" and "moins de 40 euros" read alike. Stateless and thread-safe.
 * Rules are deliberately conservative: a number is a price only next to a currency or a price word, and a
 * number is a size only after a size word ("size 42", "taille 38", "en 42"), so "moins de 5 jours" is no price.
 */
public final class EntityExtractor {

    private static final String NUM = "(\\d{1,6}(?:[.,]\\d{1,2})?)";
    private static final String CUR_BEFORE = "(?:(?:€|\\$|eur)\\s*)?";
    private static final String CUR = "(\\s*(?:€|\\$|eur\\b|euros?\\b|usd\\b|dollars?\\b|balles\\b|e\\b))?";
    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(between|entre|from|de)\\s+" + CUR_BEFORE + NUM + CUR + "\\s*(?:and|et|to|a|-)\\s*" + CUR_BEFORE + NUM + CUR);
    private static final Pattern RANGE = Pattern.compile(CUR_BEFORE + "\\b" + NUM + "\\s*-\\s*" + NUM + CUR);
    private static final Pattern AT_MOST = Pattern.compile(
            "(?:\\b(?:under|below|less than|cheaper than|max(?:imum)?|maxi|up to|no more than|not more than|at most|budget(?: of| de)?"
                    + "|moins de|moins que|sous|en dessous de|au dessous de|inferieure? a|jusqu'?a|pas plus de)|<=?)\\s*"
                    + "(€|\\$)?\\s*" + NUM + CUR);
    private static final Pattern AT_LEAST = Pattern.compile(
            "(?:\\b(?:over|above|more than|at least|min(?:imum)?|plus de|au moins|a partir de|superieure? a)|>=?)\\s*"
                    + "(€|\\$)?\\s*" + NUM + CUR);
    private static final Pattern TRAILING_MAX = Pattern.compile(
            CUR_BEFORE + "\\b" + NUM + CUR + "\\s*(?:max(?:imum)?\\b|maxi\\b|or less\\b|ou moins\\b|tops\\b)");
    /** After a number, these make it a quantity of something else than money. */
    private static final Pattern UNIT = Pattern.compile(
            "\\s*(?:%|kg|g|cm|mm|m|l|ml|go|gb|to|tb|h|min|mins|minutes?|hours?|heures?|days?|jours?|semaines?|weeks?|mois|months?"
                    + "|ans|years?|pouces|inch(?:es)?|pieces?|items?|articles?|units?|ieme|th|st|nd|rd|x)\\b.*");

    private static final Pattern ORDER = Pattern.compile("\\bvt[-\\s]?(\\d{8})\\b");

    private static final String LETTER_SIZE = "(xxxs|xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)";
    private static final Pattern SIZE_AFTER_STRICT = Pattern.compile(
            // a letter size needs a space: "sizes" and "tailles" are no "size S"
            "\\b(?:size|sz|taille|pointure|t\\.)(?:\\s+" + LETTER_SIZE + "|\\s*(\\d{1,2}(?:[.,]5)?))\\b");
    private static final Pattern SIZE_AFTER_LOOSE = Pattern.compile(
            "\\b(?:in an?|in|en|un|une|du|a)\\s+(?:" + LETTER_SIZE + "|([3-5]\\d(?:[.,]5)?)|(small|medium|large))\\b(?!')");
    private static final Pattern SIZE_ALONE = Pattern.compile("\\b(xxxs|xxs|xs|xl|xxl|xxxl|[2-5]xl)\\b");
    /** S, M and L standing alone count only when typed in capitals ("un M en vert"), not "l'article". */
    private static final Pattern CAPITAL_SIZE = Pattern.compile("(?<![\\p{L}\\p{N}'’])([SML])(?![\\p{L}\\p{N}'’])");
    private static final Map<String, String> SIZE_WORDS = Map.of("small", "S", "medium", "M", "large", "L");

    public ChatEntities extract(String text) {
        String folded = TextNormalizer.fold(text);
        return new ChatEntities(colours(folded), sizes(text, folded), price(folded), orderNumbers(folded));
    }

    static List<Colour> colours(String folded) {
        String[] words = folded.split("[^\\p{L}]+");
        Set<Colour> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            String pair = i + 1 < words.length ? w + " " + words[i + 1] : null;
            Colour match = null;
            if (pair != null) {
                match = colourNamed(pair);
                if (match != null) {
                    i++;
                }
            }
            if (match == null) {
                match = colourNamed(w);
            }
            if (match != null) {
                found.add(match);
            }
        }
        return List.copyOf(found);
    }

    private static Colour colourNamed(String name) {
        for (Colour c : Colour.values()) {
            if (c.names().contains(name)) {
                return c;
            }
        }
        return null;
    }

    static List<String> sizes(String original, String folded) {
        // positions keep the shopper's order when several rules fire
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        Matcher m = SIZE_AFTER_STRICT.matcher(folded);
        while (m.find()) {
            byPosition.put(m.start(), m.group(1) != null ? m.group(1).toUpperCase(Locale.ROOT) : m.group(2).replace(',', '.'));
        }
        m = SIZE_AFTER_LOOSE.matcher(folded);
        while (m.find()) {
            String size = m.group(1) != null ? m.group(1).toUpperCase(Locale.ROOT)
                    : m.group(2) != null ? m.group(2).replace(',', '.') : SIZE_WORDS.get(m.group(3));
            if (m.group(1) != null && m.group(1).length() == 1 && !Character.isUpperCase(original.charAt(m.start(1)))
                    && !m.group().startsWith("in") && !m.group().startsWith("en")) {
                continue; // "un s" / "a m": too weak in lower case
            }
            byPosition.putIfAbsent(m.start(), size);
        }
        m = SIZE_ALONE.matcher(folded);
        while (m.find()) {
            byPosition.putIfAbsent(m.start(), m.group(1).toUpperCase(Locale.ROOT));
        }
        if (!original.equals(original.toUpperCase(Locale.ROOT))) {
            m = CAPITAL_SIZE.matcher(original);
            while (m.find()) {
                byPosition.putIfAbsent(m.start(), m.group(1));
            }
        }
        return List.copyOf(new LinkedHashSet<>(byPosition.values()));
    }

    static Optional<PriceRange> price(String folded) {
        Matcher m = BETWEEN.matcher(folded);
        while (m.find()) {
            boolean currency = m.group(3) != null || m.group(5) != null || m.group().contains("€") || m.group().contains("$");
            boolean strongWord = m.group(1).equals("between") || m.group(1).equals("entre");
            if (currency || strongWord && !isUnit(folded, m.end())) {
                return Optional.of(PriceRange.between(number(m.group(2)), number(m.group(4))));
            }
        }
        m = RANGE.matcher(folded);
        while (m.find()) {
            if (m.group(3) != null || m.group().contains("€") || m.group().contains("$")) {
                return Optional.of(PriceRange.between(number(m.group(1)), number(m.group(2))));
            }
        }
        m = TRAILING_MAX.matcher(folded);
        if (m.find()) {
            return Optional.of(PriceRange.atMost(number(m.group(1))));
        }
        Optional<BigDecimal> max = Optional.empty();
        m = AT_MOST.matcher(folded);
        while (m.find() && max.isEmpty()) {
            boolean currency = m.group(1) != null || m.group(3) != null;
            if (currency || !isUnit(folded, m.end(2))) {
                max = Optional.of(number(m.group(2)));
            }
        }
        Optional<BigDecimal> min = Optional.empty();
        m = AT_LEAST.matcher(folded);
        while (m.find() && min.isEmpty()) {
            // "more than 2 items", "plus de 5 jours": a minimum needs an explicit currency
            if (m.group(1) != null || m.group(3) != null) {
                min = Optional.of(number(m.group(2)));
            }
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            return Optional.of(PriceRange.atMost(max.get()));
        }
        if (min.isEmpty() && max.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PriceRange(min, max));
    }

    static List<OrderNumber> orderNumbers(String folded) {
        Set<OrderNumber> found = new LinkedHashSet<>();
        Matcher m = ORDER.matcher(folded);
        while (m.find()) {
            found.add(OrderNumber.ofDigits(m.group(1)));
        }
        return new ArrayList<>(found);
    }

    private static boolean isUnit(String folded, int from) {
        return UNIT.matcher(folded.substring(Math.min(from, folded.length()))).matches();
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace(',', '.'));
    }
}
