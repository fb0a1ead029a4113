package io.vitrine.analytics.web;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.platform.web.LanguageBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The dashboards' words and number formats in the page's language, from their own bundle
 * ({@code io.vitrine.analytics.web.analytics}, {@code #{an[...]}} in pages) so they never clash with the shop's.
 */
@RequestScoped
public class Texts {

    public static final String BUNDLE = "io.vitrine.analytics.web.analytics";
    /** The shop trades in euros (the demo store and every import); figures sum minor units of this currency. */
    static final String CURRENCY = "EUR";

    @Inject
    LanguageBean language;

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, language.getLocale());
    }

    public String text(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** {0}-style arguments; apostrophes are plain text here ("d'affaires"), never MessageFormat quotes. */
    public String format(String key, Object... args) {
        return new MessageFormat(text(key).replace("'", "''"), language.getLocale()).format(args);
    }

    public String money(long cents) {
        return money(cents, CURRENCY);
    }

    public String money(long cents, String currency) {
        return language.money(cents, currency);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(language.getLocale()).format(n);
    }

    public String decimal(double d) {
        NumberFormat f = NumberFormat.getNumberInstance(language.getLocale());
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(1);
        return f.format(d);
    }

    public String percent(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(language.getLocale());
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    /** A catalogue text (product, category name) in the page's language. */
    public String in(LocalizedText text) {
        return text.in(language.getCode());
    }

    /** Date and time of an instant in the server's zone, as the page's language writes it. */
    public String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.getLocale())
                .withZone(ZoneId.systemDefault()).format(at);
    }

    /** A model metric: whole above 10, four decimals below, with the page's decimal mark. */
    public String metric(double value) {
        return String.format(language.getLocale(), Math.abs(value) >= 10 ? "%.0f" : "%.4f", value);
    }

    public String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale()));
    }

    public String shortDate(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("fr".equals(language.getCode()) ? "dd/MM" : "MM-dd"));
    }

    /** "similar" -> "Similar products"; an unknown kind shows as it is. */
    public String recommendationKind(String kind) {
        String key = "analytics.recommend." + kind;
        String t = text(key);
        return t.equals(key) ? kind : t;
    }

    public void error(String keyOrText) {
        message(FacesMessage.SEVERITY_ERROR, keyOrText);
    }

    public void warn(String keyOrText) {
        message(FacesMessage.SEVERITY_WARN, keyOrText);
    }

    public void info(String keyOrText) {
        message(FacesMessage.SEVERITY_INFO, keyOrText);
    }

    private void message(FacesMessage.Severity severity, String keyOrText) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(keyOrText), null));
    }
}
