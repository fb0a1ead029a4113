package io.vitrine.customer;

import io.vitrine.catalog.Seller;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.catalog.Slug;
import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.ApiKeys;
import io.vitrine.platform.security.PartnerKey;
import io.vitrine.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The shop's staff: the first admin, invitations of sellers and admins, roles, disabling and password resets. Links
 * carry a random 256-bit token stored only as its SHA-256, usable once and until it expires. There is never a
 * default password: the first admin comes from configuration or from the one-time set-up page.
 */
@ApplicationScoped
public class StaffAccounts {

    private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Set<Role> STAFF = Set.copyOf(EnumSet.of(Role.SELLER, Role.ADMIN));
    static final int MAX_ADDRESS = 300;
    static final String INVITATION_PAGE = "/customer/invitation.xhtml?token=";
    static final String RESET_PAGE = "/customer/reset.xhtml?token=";

    @Inject
    AccountRepository accounts;
    @Inject
    AccountTokenRepository tokens;
    @Inject
    SellerRepository sellers;
    @Inject
    Pbkdf2PasswordHash hash;
    @Inject
    ApiKeys keys;
    @Inject
    AccountSettings settings;
    @Inject
    InvitationMail mail;

    Clock clock = Clock.systemUTC();

    /** A link just issued: the raw token appears only here, in the page path handed to the admin (and the mail). */
    public record Link(AccountToken token, String path, boolean mailed) {
    }

    /** What an invited seller says about its shop; ignored for an invited admin. */
    public record SellerProfile(String country, String returnAddress) {
    }

    @PostConstruct
    void init() {
        hash.initialize(io.vitrine.platform.security.PasswordHashes.PARAMETERS);
    }

    /** The one-time set-up is open while the shop has no admin account at all (an admin disabled still counts). */
    public boolean setupOpen() {
        return accounts.findByRoles(Set.of(Role.ADMIN)).isEmpty();
    }

    /** The set-up page's first admin; refused once any admin exists (synchronized: two set-ups racing make one). */
    public synchronized Account createFirstAdmin(String email, String displayName, String password) {
        if (!setupOpen()) {
            throw new ConflictException("the shop has an administrator already");
        }
        AccountService.requirePassword(password);
        return createAccount(email, displayName, Role.ADMIN, hash.generate(password.toCharArray()), null);
    }

    /**
     * The configured admin ({@code vitrine.admin.email} with {@code vitrine.admin.password} or
     * {@code vitrine.admin.password-hash}) is created when it has no account yet; an existing account is left as it is
     * (its password may have been changed since). Empty when nothing is configured or the account exists.
     */
    public Optional<Account> ensureConfiguredAdmin() {
        if (settings.adminEmail().isEmpty()) {
            return Optional.empty();
        }
        String email = Account.normaliseEmail(settings.adminEmail().get());
        if (accounts.find(email).isPresent()) {
            return Optional.empty();
        }
        String stored;
        if (settings.adminPasswordHash().isPresent()) {
            stored = settings.adminPasswordHash().get();
        } else if (settings.adminPassword().isPresent()) {
            AccountService.requirePassword(settings.adminPassword().get());
            stored = hash.generate(settings.adminPassword().get().toCharArray());
        } else {
            throw new InvalidInputException("vitrine.admin.email needs vitrine.admin.password or vitrine.admin.password-hash");
        }
        return Optional.of(createAccount(email, "Administrator", Role.ADMIN, stored, null));
    }

    /** Invites a seller or an admin: the link to hand over (mailed too when a mail session is configured). */
    public Link invite(String email, Role role, String invitedBy, String shopUrl) {
        String id = Account.normaliseEmail(email);
        if (!STAFF.contains(role)) {
            throw new InvalidInputException("invite a SELLER or an ADMIN; shoppers sign up themselves");
        }
        if (accounts.find(id).isPresent()) {
            throw new ConflictException("an account already exists for " + id);
        }
        return issue(AccountToken.Purpose.INVITATION, id, role, invitedBy, settings.invitationTtl(), INVITATION_PAGE, shopUrl,
                "Your invitation to sell on Vitrine", "You are invited to join the shop as " + role.name().toLowerCase(Locale.ROOT)
                        + ". Open this link to choose your password:");
    }

    /** The invitation behind a link, if it is still valid (the page shows who is invited before it is used). */
    public Optional<AccountToken> invitation(String rawToken) {
        return valid(rawToken).flatMap(tokens::findByHash)
                .filter(t -> t.purpose() == AccountToken.Purpose.INVITATION && !t.expired(clock.instant()));
    }

    /**
     * Uses an invitation: opens the account with this password and, for a seller, the seller with its profile (the
     * display name is the shop's name). The link works once.
     */
    public Account accept(String rawToken, String displayName, String password, SellerProfile profile) {
        String name = AccountService.requireName(displayName);
        AccountService.requirePassword(password);
        String country = null;
        String address = null;
        AccountToken preview = invitation(rawToken).orElseThrow(StaffAccounts::badLink);
        if (preview.role() == Role.SELLER) {
            country = requireCountry(profile == null ? null : profile.country());
            address = requireAddress(profile.returnAddress());
        }
        AccountToken token = use(rawToken, AccountToken.Purpose.INVITATION);
        if (accounts.find(token.email()).isPresent()) {
            throw new ConflictException("an account already exists for " + token.email());
        }
        String sellerId = token.role() == Role.SELLER ? openSeller(token.email(), name, country, address) : null;
        Account account = createAccount(token.email(), name, token.role(), hash.generate(password.toCharArray()), sellerId);
        LOG.info(() -> account.role() + " account opened through an invitation of " + token.createdBy());
        return account;
    }

    /**
     * A seller's application from the public "become a seller" form: the seller (its name is the shop's, with its
     * profile) and its account are created, the account disabled until an admin approves it by enabling it (the
     * accounts page lists it under the applications; {@link #setDisabled}).
     */
    public Account apply(String email, String shopName, String password, SellerProfile profile) {
        String name = AccountService.requireName(shopName);
        AccountService.requirePassword(password);
        String country = requireCountry(profile == null ? null : profile.country());
        String address = requireAddress(profile == null ? null : profile.returnAddress());
        String id = Account.normaliseEmail(email);
        if (accounts.find(id).isPresent()) {
            throw new ConflictException("an account already exists for " + id);
        }
        Account account = new Account(id, name, Role.SELLER, hash.generate(password.toCharArray()),
                openSeller(id, name, country, address), clock.instant());
        account.disable();
        Account saved = accounts.save(account);
        LOG.info(() -> "seller application received; the account waits for an admin's approval");
        return saved;
    }

    /** Sellers waiting for an admin: their accounts are disabled (applications, and sellers an admin disabled). */
    public List<Account> applications() {
        return staff().stream().filter(a -> a.role() == Role.SELLER && a.disabled()).toList();
    }

    /** A password reset link for an account, issued by an admin (who hands it over, or the mail does). */
    public Link issueReset(String publicId, String issuedBy, String shopUrl) {
        Account account = byPublicId(publicId);
        return issue(AccountToken.Purpose.RESET, account.id(), account.role(), issuedBy, settings.resetTtl(), RESET_PAGE, shopUrl,
                "Choose a new Vitrine password", "Open this link to choose a new password:");
    }

    /** Uses a reset link: the account's password becomes this one. The link works once. */
    public Account resetPassword(String rawToken, String password) {
        AccountService.requirePassword(password);
        AccountToken token = use(rawToken, AccountToken.Purpose.RESET);
        Account account = accounts.find(token.email()).orElseThrow(StaffAccounts::badLink);
        account.changePassword(hash.generate(password.toCharArray()));
        return accounts.save(account);
    }

    /** Sellers and admins, newest first (the ones just invited are the ones an admin looks for). */
    public List<Account> staff() {
        List<Account> newestFirst = new java.util.ArrayList<>(accounts.findByRoles(STAFF));
        java.util.Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    public List<AccountToken> pendingInvitations() {
        Instant now = clock.instant();
        return tokens.findByPurpose(AccountToken.Purpose.INVITATION).stream().filter(t -> !t.expired(now)).toList();
    }

    public void cancelInvitation(String id) {
        if (id == null || !tokens.delete(id)) {
            throw new NotFoundException("no invitation " + id);
        }
    }

    /** Gives an account another role; the last enabled admin stays an admin. */
    public Account changeRole(String publicId, Role role) {
        Account account = byPublicId(publicId);
        if (role == null) {
            throw new InvalidInputException("role: SHOPPER, SELLER or ADMIN");
        }
        boolean wasAdmin = account.role() == Role.ADMIN;
        account.changeRole(role); // refuses a seller role for an account without a seller, before anything is saved
        if (wasAdmin && role != Role.ADMIN) {
            requireAnotherAdmin(account);
        }
        return accounts.save(account);
    }

    /**
     * Disables or enables an account: a disabled account cannot log in, and the API keys it issued (a seller's: every
     * key bound to its seller) stop working until it is enabled again. The last enabled admin cannot be disabled.
     */
    public Account setDisabled(String publicId, boolean disabled) {
        Account account = byPublicId(publicId);
        if (disabled && account.role() == Role.ADMIN && !account.disabled()) {
            requireAnotherAdmin(account);
        }
        if (disabled) {
            account.disable();
        } else {
            account.enable();
        }
        Account saved = accounts.save(account);
        long changed = keys.suspend(account.id(), account.sellerId().orElse(null), disabled);
        LOG.info(() -> "account " + (disabled ? "disabled" : "enabled") + ", " + changed + " API keys " + (disabled ? "suspended" : "restored"));
        return saved;
    }

    public Account byPublicId(String publicId) {
        if (publicId == null || publicId.length() > 64) {
            throw new NotFoundException("no account " + publicId);
        }
        return accounts.findByPublicId(publicId.strip()).orElseThrow(() -> new NotFoundException("no account " + publicId));
    }

    /** Drops the links that expired (called by the start-up). */
    public long forgetExpired() {
        return tokens.deleteExpired(clock.instant());
    }

    private Account createAccount(String email, String displayName, Role role, String passwordHash, String sellerId) {
        String id = Account.normaliseEmail(email);
        if (accounts.find(id).isPresent()) {
            throw new ConflictException("an account already exists for " + id);
        }
        return accounts.save(new Account(id, AccountService.requireName(displayName), role, passwordHash, sellerId, clock.instant()));
    }

    private Link issue(AccountToken.Purpose purpose, String email, Role role, String by, java.time.Duration ttl, String page,
                       String shopUrl, String subject, String text) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        AccountToken token = new AccountToken(newId(purpose), PartnerKey.hash(raw), purpose, email, role,
                by == null ? "unknown" : by, now, now.plus(ttl));
        tokens.insert(token);
        String path = page + raw;
        String root = settings.publicUrl().orElse(shopUrl == null ? "" : shopUrl).replaceAll("/+$", "");
        boolean mailed = mail.send(email, subject, text + "\n\n" + root + path + "\n\nThe link works once, until " + token.expiresAt() + ".");
        return new Link(token, path, mailed);
    }

    private AccountToken use(String rawToken, AccountToken.Purpose purpose) {
        AccountToken token = valid(rawToken).flatMap(tokens::take).orElseThrow(StaffAccounts::badLink);
        if (token.purpose() != purpose || token.expired(clock.instant())) {
            throw badLink();
        }
        return token;
    }

    private void requireAnotherAdmin(Account leaving) {
        boolean another = accounts.findByRoles(Set.of(Role.ADMIN)).stream()
                .anyMatch(a -> !a.id().equals(leaving.id()) && !a.disabled());
        if (!another) {
            throw new ConflictException("the shop needs at least one enabled administrator");
        }
    }

    /** Creates the seller of a new seller account: its id from the shop's name, free among the sellers. */
    private String openSeller(String email, String name, String country, String address) {
        String sellerId = freeSellerId(name);
        sellers.save(new Seller(sellerId, name, email, country, clock.instant(), address));
        return sellerId;
    }

    private String freeSellerId(String name) {
        String base = Slug.of(name);
        String id = base;
        for (int n = 2; sellers.find(id).isPresent(); n++) {
            id = Slug.of(base.substring(0, Math.min(base.length(), 58)) + "-" + n);
        }
        return id;
    }

    static String requireCountry(String country) {
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(c)) {
            throw new InvalidInputException("country: a two-letter ISO 3166 code such as FR or DE");
        }
        return c;
    }

    static String requireAddress(String address) {
        String a = address == null ? "" : address.strip();
        if (a.length() < 5 || a.length() > MAX_ADDRESS) {
            throw new InvalidInputException("returnAddress: 5 to " + MAX_ADDRESS + " characters");
        }
        return a;
    }

    private static Optional<String> valid(String rawToken) {
        return rawToken == null || rawToken.isBlank() || rawToken.length() > 100 ? Optional.empty() : Optional.of(PartnerKey.hash(rawToken.strip()));
    }

    private static InvalidInputException badLink() {
        return new InvalidInputException("this link is not valid: it was used already, has expired or was cancelled");
    }

    private static String newId(AccountToken.Purpose purpose) {
        byte[] b = new byte[9];
        RANDOM.nextBytes(b);
        return (purpose == AccountToken.Purpose.INVITATION ? "inv_" : "rst_") + HexFormat.of().formatHex(b);
    }
}
