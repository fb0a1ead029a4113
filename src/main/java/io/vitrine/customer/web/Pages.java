package io.vitrine.customer.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ResourceBundle;

/** What the account pages share: their words, messages from refused input, the shop's address for links. */
final class Pages {

    static final String BUNDLE = "io.vitrine.customer.web.accounts";

    private Pages() {
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A refusal of the services (InvalidInputException, ConflictException, NotFoundException) says what is wrong. */
    static void error(RuntimeException refused) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
    }

    /** {@code http://host:port/context} of the current request, for links handed to a person. */
    static String shopUrl() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest r = (HttpServletRequest) ec.getRequest();
        String url = r.getRequestURL().toString();
        return url.substring(0, url.length() - r.getRequestURI().length()) + r.getContextPath();
    }
}
