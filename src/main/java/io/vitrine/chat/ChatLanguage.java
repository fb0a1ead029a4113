package io.vitrine.chat;

import java.util.Locale;
import java.util.Optional;

/** The two languages the assistant speaks; {@code iso3} is the code OpenNLP's language detector uses. */
public enum ChatLanguage {
    EN("en", "eng", Locale.ENGLISH),
    FR("fr", "fra", Locale.FRENCH);

    private final String code;
    private final String iso3;
    private final Locale locale;

    ChatLanguage(String code, String iso3, Locale locale) {
        this.code = code;
        this.iso3 = iso3;
        this.locale = locale;
    }

    /** ISO 639-1 code, as in the REST API's {@code lang}. */
    public String code() {
        return code;
    }

    public String iso3() {
        return iso3;
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
            if (l.code.equals(c) || l.iso3.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
