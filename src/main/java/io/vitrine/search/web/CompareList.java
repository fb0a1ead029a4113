package io.vitrine.search.web;

import io.vitrine.catalog.ProductId;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.search.ProductComparison;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The products the shopper put aside to compare in this session: up to four, in the order added. */
@Named("compare")
@SessionScoped
public class CompareList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageBean language;

    private final List<String> ids = new ArrayList<>();

    public synchronized void add(String productId) {
        if (!ProductId.isValid(productId) || ids.contains(productId)) {
            return;
        }
        if (ids.size() >= ProductComparison.MAX) {
            message(FacesMessage.SEVERITY_WARN, language.text("compare.full"));
            return;
        }
        ids.add(productId);
        message(FacesMessage.SEVERITY_INFO, language.text("compare.added"));
    }

    public synchronized void remove(String productId) {
        ids.remove(productId);
    }

    public synchronized boolean contains(String productId) {
        return ids.contains(productId);
    }

    public synchronized List<String> ids() {
        return List.copyOf(ids);
    }

    public synchronized int getCount() {
        return ids.size();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
