package io.vitrine.platform.limits;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Brute force on the log-in form (issue 13, authorization suite): wrong passwords for one account until the
 * configured lockout ({@code vitrine.limits.login.*}, the defaults in the test deployment), then the account is
 * refused with a clear message, even with its right password, while other accounts still log in. The form is the
 * only password log-in: the REST API takes API keys, never passwords, so it has no log-in to lock.
 */
class BruteForceLoginIT extends DeployedShop {

    static final String PASSWORD = System.getProperty("it.demo.password", "vitrine-demo");
    /** Accounts no other test logs in with: the lockout lasts beyond this test. */
    static final String VICTIM = "shopper0117@demo.vitrine.io";
    static final String BYSTANDER = "shopper0118@demo.vitrine.io";
    static final String WRONG = "Wrong e-mail or password.";
    static final Pattern LOCKED = Pattern.compile("Too many attempts: please wait (\\d+) seconds and try again\\.");

    @Test
    void anAccountIsLockedAfterTheConfiguredFailuresEvenForItsRightPasswordAndOthersAreNot() throws Exception {
        LimitsConfig.Lockout lockout = LimitsConfig.defaults().login();
        HttpClient attacker = client();

        for (int attempt = 1; attempt <= lockout.maxFailures(); attempt++) {
            HttpResponse<String> r = submit(attacker, VICTIM, "not-the-password-" + attempt);
            assertEquals(200, r.statusCode(), "a wrong password stays on the form (attempt " + attempt + ")");
            assertTrue(r.body().contains(WRONG), "attempt " + attempt + " says the password is wrong: " + excerpt(r.body()));
            assertFalse(LOCKED.matcher(r.body()).find(), "not locked before " + lockout.maxFailures() + " failures (attempt " + attempt + ")");
        }

        HttpResponse<String> locked = submit(attacker, VICTIM, "yet-another-guess");
        assertEquals(200, locked.statusCode());
        Matcher wait = LOCKED.matcher(locked.body());
        assertTrue(wait.find(), "locked after " + lockout.maxFailures() + " failures: " + excerpt(locked.body()));
        long seconds = Long.parseLong(wait.group(1));
        assertTrue(seconds >= 1 && seconds <= lockout.firstLock().toSeconds(),
                "the wait is the first lock (" + lockout.firstLock().toSeconds() + " s at most): " + seconds);

        // the right password, from a fresh client (another address would be the same: the lock is the account's)
        HttpClient owner = client();
        HttpResponse<String> right = submit(owner, VICTIM, PASSWORD);
        assertEquals(200, right.statusCode(), "the right password is refused while the account is locked");
        assertTrue(LOCKED.matcher(right.body()).find(), "with the same message: " + excerpt(right.body()));
        assertEquals(401, Api.at(base, owner).get("/api/v1/me").status(), "and no session was opened");

        HttpClient other = client();
        HttpResponse<String> fine = submit(other, BYSTANDER, PASSWORD);
        assertEquals(302, fine.statusCode(), "another account logs in meanwhile: " + excerpt(fine.body()));
        assertEquals(200, Api.at(base, other).get("/api/v1/me").status(), "with a session");
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Fetches the form (for its view state) and posts it, as the browser does. */
    private HttpResponse<String> submit(HttpClient http, String email, String password) throws Exception {
        String root = base.toString().replaceAll("/$", "");
        String page = http.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).header("Accept-Language", "en")
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "the log-in form has a view state");
        String form = "login=login&login%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).header("Accept-Language", "en")
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String excerpt(String page) {
        String text = page.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        return text.length() > 600 ? text.substring(0, 600) : text;
    }
}
