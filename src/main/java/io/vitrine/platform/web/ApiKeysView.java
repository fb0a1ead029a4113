package io.vitrine.platform.web;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.ApiKeys;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.security.CurrentCaller;
import io.vitrine.platform.security.KnownSellers;
import io.vitrine.platform.security.PartnerKey;
import io.vitrine.platform.security.Role;
import io.vitrine.platform.security.Scope;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * {@code /admin/keys.xhtml} and {@code /seller/keys.xhtml}: the API keys of the shop (admin) or of the logged-in
 * seller: list with last use, create with the scopes of the keys model (a seller's keys bound to its seller, seller
 * scopes only), revoke. A new key's secret is shown once; the key stops working while its creator is disabled.
 */
@Named("apiKeys")
@ViewScoped
public class ApiKeysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiKeys keys;
    @Inject
    KnownSellers sellers;
    @Inject
    CurrentCaller callers;

    private String name;
    private List<String> scopes = new ArrayList<>();
    private String sellerId;
    private LocalDate expiresOn;
    private String secret;

    /** The page's caller: an admin, or a seller acting for its seller (web.xml keeps anyone else out). */
    Caller caller() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return callers.fromAccount(ec.getUserPrincipal().getName(), ec.isUserInRole(Role.ADMIN.name()), ec.isUserInRole(Role.SELLER.name()));
    }

    private Optional<String> ownSeller() {
        Caller c = caller();
        return c.isAdmin() ? Optional.empty() : Optional.of(c.sellerId().orElseThrow(() -> new InvalidInputException("this account acts for no seller")));
    }

    public boolean isAdmin() {
        return caller().isAdmin();
    }

    public List<PartnerKey> getKeys() {
        return ownSeller().map(keys::listForSeller).orElseGet(keys::list);
    }

    /** The scopes this caller may give: every one for an admin, the seller scopes for a seller. */
    public List<String> getAvailableScopes() {
        Set<Scope> allowed = isAdmin() ? EnumSet.allOf(Scope.class) : Scope.SELLER_SCOPES;
        return allowed.stream().map(Scope::label).sorted().toList();
    }

    public void create() {
        try {
            Optional<String> own = ownSeller();
            String bound = own.orElse(sellerId == null || sellerId.isBlank() ? null : sellerId.strip());
            Instant expires = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            ApiKeys.checkRequest(name, bound, expires, sellers);
            Set<Scope> chosen = EnumSet.noneOf(Scope.class);
            for (String s : scopes) {
                Scope scope = Scope.parse(s).orElseThrow(() -> new InvalidInputException("unknown scope " + s));
                if (own.isPresent() && !Scope.SELLER_SCOPES.contains(scope)) {
                    throw new InvalidInputException("a seller's key may only have the scopes " + Scope.SELLER_SCOPES);
                }
                chosen.add(scope);
            }
            secret = keys.issue(name.strip(), chosen, bound, expires, caller().name()).key();
            name = null;
            scopes = new ArrayList<>();
            sellerId = null;
            expiresOn = null;
        } catch (InvalidInputException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    public void revoke(String keyId) {
        boolean done = ownSeller().map(s -> keys.revokeForSeller(keyId, s)).orElseGet(() -> keys.revoke(keyId));
        if (!done) {
            message(FacesMessage.SEVERITY_ERROR, new NotFoundException("no API key " + keyId).getMessage());
            return;
        }
        secret = null;
        message(FacesMessage.SEVERITY_INFO, text("keys.revoked"));
    }

    /** A moment as the page shows it, in the page's language. */
    public String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).withZone(ZoneOffset.UTC).format(at) + " UTC";
    }

    /** When the key was last used (written at most once a minute), or "never". */
    public String lastUsed(PartnerKey key) {
        return key.lastUsedAt().map(this::when).orElseGet(() -> text("keys.never"));
    }

    public String scopesOf(PartnerKey key) {
        return String.join(", ", key.scopes().stream().map(Scope::label).sorted().toList());
    }

    private static String text(String key) {
        return ResourceBundle.getBundle(LanguageBean.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale()).getString(key);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }

    public String getSellerId() {
        return sellerId;
    }

    public void setSellerId(String sellerId) {
        this.sellerId = sellerId;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    /** The key just created, shown once. */
    public String getSecret() {
        return secret;
    }
}
