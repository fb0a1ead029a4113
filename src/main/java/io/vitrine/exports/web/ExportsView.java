package io.vitrine.exports.web;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Seller;
import io.vitrine.platform.web.PageCaller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /seller/exports.xhtml} and {@code /admin/exports.xhtml}: links to the streamed downloads of the export API,
 * which the page's session may call; an admin picks a seller or the whole shop.
 */
@Named("exports")
@ViewScoped
public class ExportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PageCaller caller;
    @Inject
    CatalogService catalog;

    private String seller;

    public boolean isAdmin() {
        return caller.get().isAdmin();
    }

    public List<Seller> getSellers() {
        return catalog.sellers().stream().sorted(Comparator.comparing(Seller::name)).toList();
    }

    /** The download address of one export ("catalogue.csv", ...), for the admin's chosen seller if any. */
    public String url(String file) {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/exports/" + file;
        return isAdmin() && seller != null && !seller.isBlank() ? base + "?seller=" + URLEncoder.encode(seller, StandardCharsets.UTF_8) : base;
    }

    public String getSeller() {
        return seller;
    }

    public void setSeller(String seller) {
        this.seller = seller;
    }
}
