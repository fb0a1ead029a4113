package io.vitrine.search.web;

import io.vitrine.platform.web.LanguageBean;
import io.vitrine.search.SearchService;
import io.vitrine.search.SearchUnavailableException;
import io.vitrine.search.Suggestion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The search box in the header: typo-tolerant suggestions while typing, then the results page. */
@Named("searchBox")
@RequestScoped
public class SearchBox {

    static final int SUGGESTIONS = 8;
    static final int MAX_QUERY = 200;

    @Inject
    SearchService search;
    @Inject
    LanguageBean language;

    private String q;

    /** Suggestion texts for what is typed; none while the index is still being built. */
    public List<String> complete(String prefix) {
        if (prefix == null || prefix.isBlank() || prefix.length() > MAX_QUERY) {
            return List.of();
        }
        try {
            return search.suggest(prefix, language.getCode(), SUGGESTIONS).stream().map(Suggestion::text).distinct().toList();
        } catch (SearchUnavailableException e) {
            return List.of();
        }
    }

    /** Redirects to a bookmarkable results page, so Back and Reload work as shoppers expect. */
    public void go() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        external.redirect(external.getRequestContextPath() + "/search/results.xhtml?q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
