package io.vitrine.customer;

import io.vitrine.catalog.ProductImage;
import io.vitrine.catalog.Seller;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.catalog.importer.ImageFiles;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/**
 * A seller's profile: the name shoppers see, its country, where returns go, and its logo. The seller edits its own
 * ({@code /seller/profile.xhtml}, or its seller-bound key), an admin any seller's (the API). Every check is here, so the
 * page and the API refuse the same things: 403 for another seller's profile before anything is read, 404 for an
 * unknown seller, 400 for bad fields or an image that is not a sound JPEG or PNG, 413 for a logo above
 * {@value #MAX_LOGO_BYTES} bytes.
 */
@ApplicationScoped
public class SellerProfiles {

    public static final int MAX_LOGO_BYTES = 1024 * 1024;
    /** A logo is shown small: sides of 16 to 2048 px (a 2048 x 2048 image is 16 MB decoded, checked at 1/16). */
    public static final int MAX_LOGO_SIDE = 2048;

    @Inject
    SellerRepository sellers;
    @Inject
    SellerLogoRepository logos;
    @Inject
    Event<SellerProfileChanged> changed;

    Clock clock = Clock.systemUTC();

    /** What a profile edit says; every field is required (a seller made without a return address gives one now). */
    public record Change(String displayName, String country, String returnAddress) {
    }

    /** A logo above {@link #MAX_LOGO_BYTES}: the API answers 413. */
    public static final class LogoTooLargeException extends InvalidInputException {
        private static final long serialVersionUID = 1L;

        LogoTooLargeException() {
            super("a logo may hold at most " + MAX_LOGO_BYTES + " bytes");
        }
    }

    public Seller profile(Caller who, String sellerId) {
        require(who, sellerId);
        return sellers.find(sellerId).orElseThrow(() -> new NotFoundException("no seller " + sellerId));
    }

    public Seller update(Caller who, String sellerId, Change change) {
        Seller seller = profile(who, sellerId);
        if (change == null) {
            throw new InvalidInputException("a profile needs displayName, country and returnAddress");
        }
        String name = AccountService.requireName(change.displayName());
        String country = StaffAccounts.requireCountry(change.country());
        String address = StaffAccounts.requireAddress(change.returnAddress());
        Seller saved = sellers.save(new Seller(seller.id(), name, seller.email(), country, seller.joinedAt(), address));
        changed.fire(new SellerProfileChanged(sellerId));
        return saved;
    }

    /** Checks and stores a logo (replacing the one before): a JPEG or PNG that decodes, of sensible size. */
    public SellerLogo setLogo(Caller who, String sellerId, byte[] image) {
        profile(who, sellerId);
        if (image == null || image.length == 0) {
            throw new InvalidInputException("the logo is empty: send a JPEG or PNG image");
        }
        if (image.length > MAX_LOGO_BYTES) {
            throw new LogoTooLargeException();
        }
        ImageFiles.Checked checked;
        try {
            checked = ImageFiles.check(image, "logo", MAX_LOGO_SIDE);
        } catch (ImageFiles.InvalidImageException e) {
            throw new InvalidInputException(e.getMessage());
        }
        SellerLogo saved = logos.save(new SellerLogo(sellerId, checked.contentType(), image, checked.width(), checked.height(),
                ProductImage.sha256(image), clock.millis()));
        changed.fire(new SellerProfileChanged(sellerId));
        return saved;
    }

    public void removeLogo(Caller who, String sellerId) {
        profile(who, sellerId);
        if (!logos.delete(sellerId)) {
            throw new NotFoundException("seller " + sellerId + " has no logo");
        }
        changed.fire(new SellerProfileChanged(sellerId));
    }

    /** A seller's logo, for anyone (the storefront shows it). */
    public Optional<SellerLogo> logo(String sellerId) {
        return sellerId == null || sellerId.length() > 64 ? Optional.empty() : logos.find(sellerId);
    }

    /** Admins any seller's; a seller session or a seller-bound key its own only. */
    private static void require(Caller who, String sellerId) {
        who.requireAuthenticated();
        if (!who.isAdmin() && !who.sellerId().map(s -> s.equals(sellerId)).orElse(false)) {
            throw AccessDeniedException.forbidden("a seller edits its own profile only");
        }
    }
}
