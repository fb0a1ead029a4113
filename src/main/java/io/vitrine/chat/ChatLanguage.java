package io.vitrine.chat;

import java.util.Locale;
import java.util.Optional;

/**
 * The two languages the assistant speaks; both codes come from the locale: {@code code} (ISO 639-1) as in the REST
 * API's {@code lang}, {@code iso3} (ISO 639-2) as OpenNLP's language detector names it.
 */
public enum ChatLanguage {
    EN(Locale.ENGLISH),
    FR(Locale.FRENCH);

    private final Locale locale;

    ChatLanguage(Locale locale) {
        this.locale = locale;
    }

    /** ISO 639-1 code, as in the REST API's {@code lang}: en, fr. */
    public String code() {
        return locale.getLanguage();
    }

    /** ISO 639-2 code, as OpenNLP's language detector answers: eng, fra. */
    public String iso3() {
        return locale.getISO3Language();
    }

    public Locale locale() {
        return locale;
    }

    /** Accepts {@code en}, {@code EN}, {@code eng}, {@code fr}, {@code fra}, {@code fr-FR}...; empty for anything else. */
    public static Optional<ChatLanguage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
        if (dash > 0) {
            c = c.substring(0, dash);
        }
        for (ChatLanguage l : values()) {
            if (l.code().equals(c) || l.iso3().equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
