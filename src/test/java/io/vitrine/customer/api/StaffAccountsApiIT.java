package io.vitrine.customer.api;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import io.vitrine.it.FormLogin;
import io.vitrine.it.ProblemAssertions;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Onboarding through the admin REST API on the deployed shop: the set-up is closed (the demo has an admin), an
 * admin invites a seller, the seller accepts with its profile and logs in, is disabled (no log-in, its key refused)
 * and enabled again, resets its password with a single-use link; a cancelled invitation no longer works.
 */
class StaffAccountsApiIT extends DeployedShop {

    static String token(JsonObject link) {
        String path = link.getString("path");
        return path.substring(path.indexOf("token=") + "token=".length());
    }

    String root() {
        return base.toString().replaceAll("/$", "");
    }

    @Test
    void theSetupIsClosedOnceTheShopHasAnAdmin() {
        ProblemAssertions.assertProblem(api.post("/api/v1/accounts/setup",
                "{\"email\":\"intruder@example.com\",\"displayName\":\"Intruder\",\"password\":\"intruder-password\"}"), 409);
    }

    @Test
    void anInvitedSellerJoinsLogsInIsDisabledAndEnabledAndResetsItsPassword() throws Exception {
        String email = "it-seller-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Api.Resp invited = admin.post("/api/v1/admin/invitations", "{\"email\":\"" + email + "\",\"role\":\"SELLER\"}");
        assertEquals(201, invited.status(), invited.toString());
        JsonObject link = invited.json();
        assertTrue(link.getString("link").contains("/customer/invitation.xhtml?token="), link.toString());
        assertFalse(link.getBoolean("mailed"), "no mail session in the tests");
        String listed = admin.get("/api/v1/admin/invitations").body();
        assertTrue(listed.contains(email) && !listed.contains(token(link)), "listed, without its link: " + listed);

        ProblemAssertions.assertProblem(api.post("/api/v1/accounts/invitations/accept", accept(token(link), "ZZ")), 400);
        Api.Resp accepted = api.post("/api/v1/accounts/invitations/accept", accept(token(link), "FR"));
        assertEquals(201, accepted.status(), accepted.toString());
        JsonObject account = accepted.json();
        assertEquals("SELLER", account.getString("role"));
        String sellerId = account.getString("sellerId");
        String accountId = account.getString("id");
        ProblemAssertions.assertProblem(api.post("/api/v1/accounts/invitations/accept", accept(token(link), "FR")), 400);

        HttpClient session = FormLogin.client();
        assertEquals(302, FormLogin.logIn(session, root(), email, "seller-password-1"));
        assertEquals(sellerId, Api.at(base, session).get("/api/v1/me").json().getString("sellerId"));
        assertTrue(admin.get("/api/v1/admin/accounts").body().contains(email));

        Api.Resp key = admin.post("/api/v1/admin/api-keys", "{\"name\":\"it seller key\",\"sellerId\":\"" + sellerId + "\"}");
        assertEquals(201, key.status(), key.toString());
        Api sellerKey = api.withKey(key.json().getString("key"));
        assertEquals(200, sellerKey.get("/api/v1/me").status());

        assertTrue(admin.post("/api/v1/admin/accounts/" + accountId + "/disable", "").json().getBoolean("disabled"));
        assertEquals(200, FormLogin.logIn(FormLogin.client(), root(), email, "seller-password-1"), "a disabled account cannot log in");
        ProblemAssertions.assertProblem(sellerKey.get("/api/v1/me"), 401);
        assertFalse(admin.post("/api/v1/admin/accounts/" + accountId + "/enable", "").json().getBoolean("disabled"));
        assertEquals(200, sellerKey.get("/api/v1/me").status(), "its key works again");

        ProblemAssertions.assertProblem(admin.put("/api/v1/admin/accounts/" + accountId + "/role", "{\"role\":\"BOSS\"}"), 400);
        JsonObject reset = admin.post("/api/v1/admin/accounts/" + accountId + "/password-reset", "").json();
        String body = "{\"token\":\"" + token(reset) + "\",\"password\":\"seller-password-2\"}";
        assertEquals(204, api.post("/api/v1/accounts/password-resets", body).status());
        ProblemAssertions.assertProblem(api.post("/api/v1/accounts/password-resets", body), 400);
        assertEquals(302, FormLogin.logIn(FormLogin.client(), root(), email, "seller-password-2"));
        assertEquals(200, FormLogin.logIn(FormLogin.client(), root(), email, "seller-password-1"));
    }

    @Test
    void aCancelledInvitationNoLongerWorksAndBadInvitationsAreRefused() {
        String email = "it-cancel-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        JsonObject link = admin.post("/api/v1/admin/invitations", "{\"email\":\"" + email + "\"}").json();
        assertEquals(204, admin.delete("/api/v1/admin/invitations/" + link.getString("id")).status());
        ProblemAssertions.assertProblem(api.post("/api/v1/accounts/invitations/accept", accept(token(link), "FR")), 400);
        ProblemAssertions.assertProblem(admin.delete("/api/v1/admin/invitations/" + link.getString("id")), 404);
        ProblemAssertions.assertProblem(admin.post("/api/v1/admin/invitations", "{\"email\":\"not-an-email\"}"), 400);
        ProblemAssertions.assertProblem(admin.post("/api/v1/admin/invitations", "{\"email\":\"x@example.com\",\"role\":\"SHOPPER\"}"), 400);
        ProblemAssertions.assertProblem(admin.post("/api/v1/admin/invitations", "{\"email\":\"seller01@demo.vitrine.io\"}"), 409);
    }

    @Test
    void aSellerAppliesAndLogsInOnceAnAdminApproves() throws Exception {
        String email = "it-applicant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String body = "{\"email\":\"" + email + "\",\"shopName\":\"IT Applicant " + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"password\":\"applicant-password\",\"country\":\"BE\",\"returnAddress\":\"2 rue de l'Essai, Bruxelles\"}";
        Api.Resp applied = api.post("/api/v1/accounts/seller-applications", body);
        assertEquals(201, applied.status(), applied.toString());
        JsonObject account = applied.json();
        assertEquals("SELLER", account.getString("role"));
        assertTrue(account.getBoolean("disabled"), "waiting for an admin");
        assertEquals(200, FormLogin.logIn(FormLogin.client(), root(), email, "applicant-password"), "no log-in before the approval");
        ProblemAssertions.assertProblem(api.post("/api/v1/accounts/seller-applications", body), 409);
        ProblemAssertions.assertProblem(api.post("/api/v1/accounts/seller-applications", "{\"email\":\"x@example.com\"}"), 400);

        assertFalse(admin.post("/api/v1/admin/accounts/" + account.getString("id") + "/enable", "").json().getBoolean("disabled"));
        HttpClient session = FormLogin.client();
        assertEquals(302, FormLogin.logIn(session, root(), email, "applicant-password"));
        assertEquals(account.getString("sellerId"), Api.at(base, session).get("/api/v1/me").json().getString("sellerId"));
    }

    @Test
    void aSellerChangesItsProfileAndLogoWhichAnyoneSees() throws Exception {
        String email = "it-profile-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        JsonObject link = admin.post("/api/v1/admin/invitations", "{\"email\":\"" + email + "\",\"role\":\"SELLER\"}").json();
        String sellerId = api.post("/api/v1/accounts/invitations/accept", accept(token(link), "FR")).json().getString("sellerId");
        HttpClient session = FormLogin.client();
        assertEquals(302, FormLogin.logIn(session, root(), email, "seller-password-1"));
        Api seller = Api.at(base, session);
        String profile = "/api/v1/sellers/" + sellerId + "/profile";
        String logo = "/api/v1/sellers/" + sellerId + "/logo";

        JsonObject read = seller.get(profile).json();
        assertEquals("FR", read.getString("country"));
        assertEquals("1 rue de l'Essai, Paris", read.getString("returnAddress"));
        assertTrue(!read.containsKey("logoUrl") || read.isNull("logoUrl"), "no logo yet: " + read);
        Api.Resp changed = seller.put(profile, "{\"displayName\":\"IT Renamed\",\"country\":\"be\",\"returnAddress\":\"3 rue Neuve, Bruxelles\"}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("IT Renamed", changed.json().getString("displayName"));
        assertEquals("BE", admin.get(profile).json().getString("country"), "an admin reads any seller's");

        // bad fields and bad images: problem+json, nothing changed
        ProblemAssertions.assertProblem(seller.put(profile, "{\"displayName\":\"x\",\"country\":\"Belgium\",\"returnAddress\":\"3 rue Neuve\"}"), 400);
        ProblemAssertions.assertProblem(seller.put(profile, "{}"), 400);
        ProblemAssertions.assertProblem(seller.put(profile, "not json"), 400);
        ProblemAssertions.assertProblem(seller.put(logo, "image/png", "not an image".getBytes()), 400);
        ProblemAssertions.assertProblem(seller.put(logo, "image/png", new byte[0]), 400);
        ProblemAssertions.assertProblem(seller.put(logo, "image/png", new byte[1024 * 1024 + 1]), 413);
        ProblemAssertions.assertProblem(seller.put(logo, "image/png", io.vitrine.customer.TestImages.withSize(
                io.vitrine.customer.TestImages.image("png", 64, 64), 60_000, 60_000)), 400);
        ProblemAssertions.assertProblem(api.get(logo), 404);

        // a logo: stored, shown to anyone with an entity tag, then removed
        byte[] png = io.vitrine.customer.TestImages.image("png", 120, 60);
        Api.Resp withLogo = seller.put(logo, "image/png", png);
        assertEquals(200, withLogo.status(), withLogo.toString());
        assertTrue(withLogo.json().getString("logoUrl").startsWith(logo + "?v="), withLogo.body());
        Api.Resp image = api.get(logo);
        assertEquals(200, image.status());
        assertEquals("image/png", image.contentType());
        assertTrue(java.util.Arrays.equals(png, image.bytes()));
        assertEquals(304, api.get(logo, "If-None-Match", image.header("ETag").orElseThrow()).status());

        // another seller and anonymous callers are refused before anything is read; an unknown seller is 404 for admins
        Api.Resp key = admin.post("/api/v1/admin/api-keys", "{\"name\":\"it other seller\",\"sellerId\":\"" + otherSeller(sellerId) + "\"}");
        Api other = api.withKey(key.json().getString("key"));
        ProblemAssertions.assertProblem(other.get(profile), 403);
        ProblemAssertions.assertProblem(other.put(logo, "image/png", png), 403);
        ProblemAssertions.assertProblem(api.get(profile), 401);
        ProblemAssertions.assertProblem(admin.get("/api/v1/sellers/no-such-seller/profile"), 404);

        assertEquals(204, admin.delete(logo).status());
        ProblemAssertions.assertProblem(seller.delete(logo), 404);
        ProblemAssertions.assertProblem(api.get(logo), 404);
    }

    /** A demo seller that is not {@code sellerId}. */
    private String otherSeller(String sellerId) {
        return api.get("/api/v1/products?size=5").json().getJsonArray("items").stream()
                .map(p -> p.asJsonObject().getString("sellerId")).filter(s -> !s.equals(sellerId)).findFirst().orElseThrow();
    }

    static String accept(String token, String country) {
        return "{\"token\":\"" + token + "\",\"displayName\":\"IT Atelier " + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"password\":\"seller-password-1\",\"country\":\"" + country + "\",\"returnAddress\":\"1 rue de l'Essai, Paris\"}";
    }
}
