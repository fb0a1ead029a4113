package io.vitrine.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/** The shopper's language for the session: French or English, first guessed from the browser. */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "io.vitrine.platform.web.messages";

    private String code;

    /** A bean that speaks {@code code} ("fr" or English) without asking a browser: for views built outside a request (tests). */
    public static LanguageBean speaking(String code) {
        LanguageBean bean = new LanguageBean();
        bean.code = "fr".equals(code) ? "fr" : "en";
        return bean;
    }

    public String getCode() {
        if (code == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale browser = faces == null ? Locale.ENGLISH : faces.getExternalContext().getRequestLocale();
            code = browser != null && "fr".equals(browser.getLanguage()) ? "fr" : "en";
        }
        return code;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    /** An amount in the shopper's language: "49,90 €" or "€49.90" (EL cannot format money inside ui:repeat). */
    public String money(long cents, String currency) {
        return formatMoney(cents, currency, getLocale());
    }

    /** An amount in {@code locale}'s way, for values worked out once for many sessions (product cards). */
    public static String formatMoney(long cents, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** A message of the shop's bundle in the shopper's language, for beans that add JSF messages. */
    public String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, getLocale()).getString(key);
    }

    /** Switches language and reloads the current page so every text follows. */
    public String use(String lang) {
        code = "fr".equals(lang) ? "fr" : "en";
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(getLocale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
