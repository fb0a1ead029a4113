package io.vitrine.customer;

import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.ApiKeys;
import io.vitrine.platform.security.Role;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffAccountsTest {

    static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");

    /** "hash:" + password: enough to see which password an account holds. */
    static final class PlainHash implements Pbkdf2PasswordHash {
        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashed) {
            return hashed.equals(generate(password));
        }
    }

    /** Records which keys were suspended instead of writing to MongoDB. */
    static final class Keys extends ApiKeys {
        final List<String> calls = new ArrayList<>();

        @Override
        public long suspend(String owner, String sellerId, boolean suspended) {
            calls.add(owner + "/" + sellerId + "/" + suspended);
            return 1;
        }
    }

    static final class NoMail extends InvitationMail {
        final List<String> sent = new ArrayList<>();

        @Override
        public boolean send(String to, String subject, String text) {
            sent.add(to + ": " + text);
            return false;
        }
    }

    InMemoryAccountRepository accounts;
    InMemorySellerRepository sellers;
    Keys keys;
    NoMail mail;
    StaffAccounts staff;

    @BeforeEach
    void setUp() {
        staff = staff(new AccountSettings(Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofDays(7),
                Duration.ofHours(24), Optional.empty(), Optional.empty()));
    }

    StaffAccounts staff(AccountSettings settings) {
        StaffAccounts s = new StaffAccounts();
        s.accounts = accounts = new InMemoryAccountRepository();
        s.tokens = new InMemoryAccountTokens();
        s.sellers = sellers = new InMemorySellerRepository();
        s.hash = new PlainHash();
        s.keys = keys = new Keys();
        s.mail = mail = new NoMail();
        s.settings = settings;
        s.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return s;
    }

    static String token(StaffAccounts.Link link) {
        return link.path().substring(link.path().indexOf("token=") + "token=".length());
    }

    @Test
    void theSetupMakesOneFirstAdminAndClosesThen() {
        assertTrue(staff.setupOpen());
        Account admin = staff.createFirstAdmin("Owner@Shop.example", "Owner", "long-password");
        assertEquals(Role.ADMIN, admin.role());
        assertEquals("hash:long-password", admin.passwordHash());
        assertFalse(staff.setupOpen());
        assertThrows(ConflictException.class, () -> staff.createFirstAdmin("other@shop.example", "Other", "long-password"));
    }

    @Test
    void theSetupRefusesAShortPassword() {
        assertThrows(InvalidInputException.class, () -> staff.createFirstAdmin("owner@shop.example", "Owner", "short"));
        assertTrue(staff.setupOpen());
    }

    @Test
    void theConfiguredAdminIsCreatedOnceFromAPasswordOrAHash() {
        staff = staff(new AccountSettings(Optional.of("boss@shop.example"), Optional.of("configured-pw"), Optional.empty(),
                Duration.ofDays(7), Duration.ofHours(24), Optional.empty(), Optional.empty()));
        assertEquals("hash:configured-pw", staff.ensureConfiguredAdmin().orElseThrow().passwordHash());
        assertTrue(staff.ensureConfiguredAdmin().isEmpty(), "an existing account is left alone");
        assertFalse(staff.setupOpen());

        staff = staff(new AccountSettings(Optional.of("boss@shop.example"), Optional.empty(), Optional.of("PBKDF2WithHmacSHA256:1:x:y"),
                Duration.ofDays(7), Duration.ofHours(24), Optional.empty(), Optional.empty()));
        assertEquals("PBKDF2WithHmacSHA256:1:x:y", staff.ensureConfiguredAdmin().orElseThrow().passwordHash());

        StaffAccounts noPassword = staff(new AccountSettings(Optional.of("boss@shop.example"), Optional.empty(), Optional.empty(),
                Duration.ofDays(7), Duration.ofHours(24), Optional.empty(), Optional.empty()));
        assertThrows(InvalidInputException.class, noPassword::ensureConfiguredAdmin);
        assertTrue(noPassword.setupOpen(), "no default password: without one no admin is made");
    }

    @Test
    void aSellersApplicationWaitsDisabledUntilAnAdminApprovesIt() {
        staff.createFirstAdmin("owner@shop.example", "Owner", "long-password");
        Account applied = staff.apply("Shop@Atelier.example", "Atelier Lumière", "seller-password",
                new StaffAccounts.SellerProfile("fr", "3 place du Test, 69000 Lyon"));

        assertEquals(Role.SELLER, applied.role());
        assertTrue(applied.disabled(), "no log-in before an admin approves");
        assertTrue(applied.sellerId().orElseThrow().startsWith("atelier-lumi"), applied.sellerId().orElseThrow());
        assertEquals("FR", sellers.find(applied.sellerId().orElseThrow()).orElseThrow().country());
        assertEquals(List.of("shop@atelier.example"), staff.applications().stream().map(Account::email).toList());

        Account approved = staff.setDisabled(applied.publicId().orElseThrow(), false);
        assertFalse(approved.disabled());
        assertTrue(staff.applications().isEmpty());
        assertThrows(ConflictException.class, () -> staff.apply("shop@atelier.example", "Again", "seller-password",
                new StaffAccounts.SellerProfile("FR", "3 place du Test, 69000 Lyon")));
        assertThrows(InvalidInputException.class, () -> staff.apply("other@atelier.example", "Other", "seller-password",
                new StaffAccounts.SellerProfile("France", "3 place du Test, 69000 Lyon")));
        assertThrows(InvalidInputException.class, () -> staff.apply("other@atelier.example", "Other", "short",
                new StaffAccounts.SellerProfile("FR", "3 place du Test, 69000 Lyon")));
    }

    @Test
    void anInvitedSellerOpensItsAccountAndSellerOnceWithItsProfile() {
        StaffAccounts.Link link = staff.invite("New.Seller@Shop.example", Role.SELLER, "admin@shop.example", "http://shop");
        assertTrue(link.path().startsWith("/customer/invitation.xhtml?token="));
        assertEquals(64, link.token().tokenHash().length(), "only the SHA-256 of the token is stored");
        assertFalse(link.token().tokenHash().contains(token(link)));
        assertEquals(NOW.plus(Duration.ofDays(7)), link.token().expiresAt());
        assertEquals("new.seller@shop.example", staff.invitation(token(link)).orElseThrow().email());
        assertEquals(1, mail.sent.size(), "offered to the mail (which has no session here)");

        Account seller = staff.accept(token(link), "Atelier Nord", "seller-password",
                new StaffAccounts.SellerProfile("fr", "12 rue des Lilas, 59000 Lille"));

        assertEquals(Role.SELLER, seller.role());
        assertEquals("atelier-nord", seller.sellerId().orElseThrow());
        var stored = sellers.find("atelier-nord").orElseThrow();
        assertEquals("FR", stored.country());
        assertEquals("12 rue des Lilas, 59000 Lille", stored.returnAddress());
        assertEquals("new.seller@shop.example", stored.email());
        assertThrows(InvalidInputException.class, () -> staff.accept(token(link), "Again", "seller-password",
                new StaffAccounts.SellerProfile("FR", "12 rue des Lilas")), "single use");
        assertTrue(staff.pendingInvitations().isEmpty());
    }

    @Test
    void aSecondSellerOfTheSameNameGetsItsOwnSellerId() {
        StaffAccounts.Link a = staff.invite("a@shop.example", Role.SELLER, "admin", null);
        StaffAccounts.Link b = staff.invite("b@shop.example", Role.SELLER, "admin", null);
        var profile = new StaffAccounts.SellerProfile("DE", "Hauptstr. 1, Berlin");
        assertEquals("atelier", staff.accept(token(a), "Atelier", "password-1", profile).sellerId().orElseThrow());
        assertEquals("atelier-2", staff.accept(token(b), "Atelier", "password-2", profile).sellerId().orElseThrow());
    }

    @Test
    void badInvitationsAreRefused() {
        assertThrows(InvalidInputException.class, () -> staff.invite("not-an-email", Role.SELLER, "admin", null));
        assertThrows(InvalidInputException.class, () -> staff.invite("x@shop.example", Role.SHOPPER, "admin", null));
        staff.createFirstAdmin("owner@shop.example", "Owner", "long-password");
        assertThrows(ConflictException.class, () -> staff.invite("owner@shop.example", Role.SELLER, "admin", null));
        StaffAccounts.Link link = staff.invite("x@shop.example", Role.SELLER, "admin", null);
        assertThrows(InvalidInputException.class, () -> staff.accept(token(link), "X", "password-x",
                new StaffAccounts.SellerProfile("ZZ", "somewhere 1")), "unknown country");
        assertThrows(InvalidInputException.class, () -> staff.accept(token(link), "X", "password-x",
                new StaffAccounts.SellerProfile("FR", "")), "no return address");
        assertThrows(InvalidInputException.class, () -> staff.accept("forged", "X", "password-x",
                new StaffAccounts.SellerProfile("FR", "somewhere 1")));
        assertTrue(staff.invitation(token(link)).isPresent(), "a refused form leaves the link usable");
    }

    @Test
    void anExpiredInvitationNoLongerWorks() {
        StaffAccounts.Link link = staff.invite("late@shop.example", Role.ADMIN, "admin", null);
        staff.clock = Clock.fixed(NOW.plus(Duration.ofDays(7)), ZoneOffset.UTC);
        assertTrue(staff.invitation(token(link)).isEmpty());
        assertThrows(InvalidInputException.class, () -> staff.accept(token(link), "Late", "password-late", null));
        assertEquals(1, staff.forgetExpired());
    }

    @Test
    void aCancelledInvitationNoLongerWorks() {
        StaffAccounts.Link link = staff.invite("c@shop.example", Role.SELLER, "admin", null);
        staff.cancelInvitation(link.token().id());
        assertTrue(staff.invitation(token(link)).isEmpty());
        assertThrows(NotFoundException.class, () -> staff.cancelInvitation(link.token().id()));
    }

    @Test
    void aResetLinkChangesThePasswordOnce() {
        Account admin = staff.createFirstAdmin("owner@shop.example", "Owner", "long-password");
        StaffAccounts.Link reset = staff.issueReset(admin.publicId().orElseThrow(), "owner@shop.example", null);
        assertTrue(reset.path().startsWith("/customer/reset.xhtml?token="));
        assertThrows(InvalidInputException.class, () -> staff.accept(token(reset), "X", "password-x", null),
                "a reset link is no invitation");
        // the refused accept above took the token: a reset link is single use, even when misused
        StaffAccounts.Link again = staff.issueReset(admin.publicId().orElseThrow(), "owner@shop.example", null);
        staff.resetPassword(token(again), "brand-new-password");
        assertEquals("hash:brand-new-password", accounts.find("owner@shop.example").orElseThrow().passwordHash());
        assertThrows(InvalidInputException.class, () -> staff.resetPassword(token(again), "another-password"));
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledNorDemoted() {
        Account owner = staff.createFirstAdmin("owner@shop.example", "Owner", "long-password");
        String id = owner.publicId().orElseThrow();
        assertThrows(ConflictException.class, () -> staff.setDisabled(id, true));
        assertThrows(ConflictException.class, () -> staff.changeRole(id, Role.SHOPPER));
        Account second = staff.accept(token(staff.invite("second@shop.example", Role.ADMIN, "owner", null)), "Second",
                "password-2nd", null);
        assertTrue(staff.setDisabled(id, true).disabled());
        assertThrows(ConflictException.class, () -> staff.setDisabled(second.publicId().orElseThrow(), true));
        assertEquals(List.of("owner@shop.example/null/true"), keys.calls);
    }

    @Test
    void disablingASellerSuspendsItsKeysAndEnablingRestoresThem() {
        Account seller = staff.accept(token(staff.invite("s@shop.example", Role.SELLER, "admin", null)), "Shop S",
                "password-s", new StaffAccounts.SellerProfile("IT", "Via Roma 1, Milano"));
        String id = seller.publicId().orElseThrow();
        assertTrue(staff.setDisabled(id, true).disabled());
        assertFalse(staff.setDisabled(id, false).disabled());
        assertEquals(List.of("s@shop.example/shop-s/true", "s@shop.example/shop-s/false"), keys.calls);
        assertEquals(List.of("s@shop.example"), staff.staff().stream().map(Account::id).toList());
    }

    @Test
    void onlyASellersAccountCanBeASeller() {
        Account owner = staff.createFirstAdmin("owner@shop.example", "Owner", "long-password");
        assertThrows(InvalidInputException.class, () -> staff.changeRole(owner.publicId().orElseThrow(), Role.SELLER));
        assertThrows(NotFoundException.class, () -> staff.changeRole("sh_nosuchaccount", Role.ADMIN));
    }
}
