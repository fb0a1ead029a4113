package io.vitrine.customer.web;

import io.vitrine.customer.web.pages.AccountPages;
import io.vitrine.it.browser.BrowserJourney;
import io.vitrine.it.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shop's staff in headless Chromium: the first admin (created at start-up from {@code vitrine.admin.email} and
 * {@code vitrine.admin.password}, see arquillian.xml) invites a seller on the accounts page, the seller opens the
 * link, gives its shop's profile and password, logs in, reads its own dashboard and creates, uses and revokes an API
 * key on its keys page; the admin does the same on the shop's keys page. Screenshots of each step go to
 * target/screenshots/.
 */
class AccountsBrowserIT extends BrowserJourney {

    static final String OWNER = "owner@it.vitrine.io";
    static final String OWNER_PASSWORD = "it-owner-password";

    String base() {
        return url("").replaceAll("/$", "");
    }

    @Test
    void theFirstAdminInvitesASellerWhoJoinsAndReadsItsDashboard() {
        String email = "browser-seller-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String shop = "Browser Atelier " + UUID.randomUUID().toString().substring(0, 4);

        AccountPages.logIn(driver, base(), OWNER, OWNER_PASSWORD);
        String link = AccountPages.invite(driver, base(), email);
        Screenshots.save(driver, "AccountsBrowserIT-1-invitation");
        assertTrue(link.startsWith(base() + "/customer/invitation.xhtml?token="), link);
        AccountPages.logOut(driver);

        AccountPages.acceptAsSeller(driver, link, shop, "browser-seller-pw", "FR", "3 place du Test, 69000 Lyon");
        Screenshots.save(driver, "AccountsBrowserIT-2-accepted");
        AccountPages.logIn(driver, base(), email, "browser-seller-pw");

        assertTrue(driver.getCurrentUrl().contains("/seller/dashboard.xhtml"), "the seller lands on its dashboard: " + driver.getCurrentUrl());
        AccountPages.patiently(driver).until(d -> !d.findElements(By.id("period:apply")).isEmpty());
        Screenshots.save(driver, "AccountsBrowserIT-3-seller-dashboard");

        String secret = AccountPages.createKey(driver, base(), "/seller/keys.xhtml", "warehouse feed", "events:write");
        assertTrue(secret.startsWith("vt_"), "the secret is shown once: " + secret);
        assertEquals(200, api.withKey(secret).get("/api/v1/me").status(), "the seller's new key works");
        driver.get(base() + "/seller/keys.xhtml");
        String listed = AccountPages.keysTable(driver);
        assertTrue(listed.contains("warehouse feed") && !listed.contains("never"), "listed with its last use: " + listed);
        Screenshots.save(driver, "AccountsBrowserIT-4-seller-keys");
        AccountPages.revokeKey(driver, "warehouse feed");
        assertEquals(401, api.withKey(secret).get("/api/v1/me").status(), "a revoked key stops at once");
        AccountPages.logOut(driver);

        AccountPages.logIn(driver, base(), OWNER, OWNER_PASSWORD);
        driver.get(base() + "/admin/accounts.xhtml");
        String staff = AccountPages.staffTable(driver);
        assertTrue(staff.contains(email) && staff.contains("SELLER"), staff);
        String adminKey = AccountPages.createKey(driver, base(), "/admin/keys.xhtml", "browser partner", "recommendations:read");
        assertEquals(200, api.withKey(adminKey).get("/api/v1/me").status());
        Screenshots.save(driver, "AccountsBrowserIT-5-admin-keys");
        AccountPages.revokeKey(driver, "browser partner");
    }

    @Test
    void theSetupPageIsGoneOnceTheShopHasAnAdmin() {
        expectConsoleError("404");
        driver.get(base() + "/customer/setup.xhtml");
        assertTrue(driver.findElements(By.id("setup:submit")).isEmpty(), "no set-up form on a shop with an admin");
    }

    @Test
    void aUsedOrForgedInvitationLinkShowsNoForm() {
        driver.get(base() + "/customer/invitation.xhtml?token=forged-token");
        assertTrue(driver.findElements(By.id("invitation:submit")).isEmpty());
        assertTrue(driver.findElement(By.id("invalid")).isDisplayed());
    }
}
