package io.vitrine.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The shopper's language for the session: French or English, first guessed from the browser. */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;

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

    /** Switches language and reloads the current page so every text follows. */
    public String use(String lang) {
        code = "fr".equals(lang) ? "fr" : "en";
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(getLocale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
