package io.vitrine.customer.web;

import io.vitrine.catalog.Seller;
import io.vitrine.customer.SellerLogo;
import io.vitrine.customer.SellerProfiles;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.web.PageCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * {@code /seller/profile.xhtml}: the logged-in seller's profile (the name shoppers see, country, return address) and
 * its logo. Nothing survives between requests (the seller is the session's, the fields are posted whole), so the bean
 * is request-scoped. Every check is {@link SellerProfiles}'s; a refusal shows as a message.
 */
@Named("sellerProfile")
@RequestScoped
public class SellerProfileView {

    @Inject
    SellerProfiles profiles;
    @Inject
    PageCaller caller;

    /** The profile's fields, with the checks the invitation page shows for them. */
    private final AccountForm form = new AccountForm();
    /** The stored profile and logo address, read at most once a request. */
    private Seller stored;
    private Optional<String> logoUrl;

    /** The page's view action (not on postbacks): the fields as stored. */
    public void load() {
        Seller seller = stored();
        form.setName(seller.name());
        form.setCountry(seller.country());
        form.setReturnAddress(seller.returnAddress());
    }

    public void save() {
        try {
            stored = profiles.update(caller.get(), caller.sellerId(),
                    new SellerProfiles.Change(form.getName(), form.getCountry(), form.getReturnAddress()));
            load();
            Pages.info(Pages.text("profile.saved"));
        } catch (InvalidInputException | AccessDeniedException | NotFoundException e) {
            Pages.error(e);
        }
    }

    /** The logo chosen in the upload field (PrimeFaces refuses other types and sizes in the browser already). */
    public void uploadLogo(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            profiles.setLogo(caller.get(), caller.sellerId(), in.readNBytes(SellerProfiles.MAX_LOGO_BYTES + 1));
            logoUrl = null;
            Pages.info(Pages.text("profile.logoSaved"));
        } catch (InvalidInputException | AccessDeniedException | NotFoundException e) {
            Pages.error(e);
        } catch (IOException e) {
            Pages.error(new UncheckedIOException(e));
        }
    }

    public void removeLogo() {
        try {
            profiles.removeLogo(caller.get(), caller.sellerId());
            logoUrl = null;
            Pages.info(Pages.text("profile.logoRemoved"));
        } catch (InvalidInputException | AccessDeniedException | NotFoundException e) {
            Pages.error(e);
        }
    }

    private Seller stored() {
        if (stored == null) {
            stored = profiles.profile(caller.get(), caller.sellerId());
        }
        return stored;
    }

    /** The logo's address under the context path, or null without one. */
    public String getLogoUrl() {
        if (logoUrl == null) {
            String seller = caller.sellerId();
            logoUrl = profiles.logo(seller).map(l -> SellerLogo.url(seller, l.version()));
        }
        return logoUrl.orElse(null);
    }

    public int getMaxLogoBytes() {
        return SellerProfiles.MAX_LOGO_BYTES;
    }

    public String getEmail() {
        return stored().email();
    }

    public AccountForm getForm() {
        return form;
    }
}
