package io.vitrine.chat.answers;

import io.vitrine.catalog.Money;
import io.vitrine.chat.ChatLanguage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence patterns of the assistant's replies, {@code io/vitrine/chat/replies_<lang>.properties}: the facts
 * come from the shop, the wording from these files ({@code {0}}, {@code {1}}... are filled in; no MessageFormat, so
 * French apostrophes need no escaping). Also formats money and dates for a language.
 */
public final class ReplyTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Map<ChatLanguage, Properties> TEXTS = new EnumMap<>(ChatLanguage.class);

    static {
        for (ChatLanguage l : ChatLanguage.values()) {
            String resource = "/io/vitrine/chat/replies_" + l.code() + ".properties";
            try (InputStream in = ReplyTexts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                TEXTS.put(l, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private ReplyTexts() {
    }

    public static String text(ChatLanguage lang, String key, Object... args) {
        String pattern = TEXTS.get(lang).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no reply text " + key + " in " + lang.code());
        }
        // one pass, so a product name that happens to contain "{1}" is never substituted again
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static boolean has(ChatLanguage lang, String key) {
        return TEXTS.get(lang).containsKey(key);
    }

    /** "€29.99" in English, "29,99 €" in French (plain spaces). */
    public static String money(Money m, ChatLanguage lang) {
        NumberFormat f = NumberFormat.getCurrencyInstance(lang == ChatLanguage.FR ? Locale.FRANCE : Locale.UK);
        f.setCurrency(Currency.getInstance(m.currency()));
        return f.format(m.amount()).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    public static String decimal(double value, ChatLanguage lang) {
        NumberFormat f = NumberFormat.getNumberInstance(lang == ChatLanguage.FR ? Locale.FRANCE : Locale.UK);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** "Tuesday 3 December" / "mardi 3 décembre". */
    public static String date(LocalDate d, ChatLanguage lang) {
        return d.format(DateTimeFormatter.ofPattern("EEEE d MMMM", lang == ChatLanguage.FR ? Locale.FRANCE : Locale.UK));
    }

    /** "a, b and c" / "a, b et c". */
    public static String list(List<String> items, ChatLanguage lang) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + text(lang, "list.and") + items.get(items.size() - 1);
    }
}
