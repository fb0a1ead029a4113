package io.vitrine.it;

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

/** Logs an account in through the storefront's log-in form, as a browser would, without a browser. */
public final class FormLogin {

    private FormLogin() {
    }

    /** A client with its own cookies that never follows redirects (the log-in answers 302 on success). */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Posts the form; 302 means logged in, 200 the form again with an error. */
    public static int logIn(HttpClient http, String root, String email, String password) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!state.find()) {
            throw new AssertionError("the log-in form has no view state");
        }
        String form = "login=login&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1).replace("&#58;", ":"));
        return http.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
