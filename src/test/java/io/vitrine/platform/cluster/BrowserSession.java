package io.vitrine.platform.cluster;

import io.vitrine.it.FormLogin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a shopper's browser does on the storefront, without a browser: one cookie jar (the session cookie), the JSF
 * pages fetched and their forms posted with the view state the page carried. Cookies hold for a host, not a port,
 * so the same jar is what a browser would send to any node behind one address (a load balancer).
 */
final class BrowserSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** A client without a jar: {@link #getWithCookies} sends the jar's cookies as they are and keeps nothing back. */
    private final HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** The storefront's log-in form; true when it answered the redirect of a successful log-in. */
    boolean logIn(String root, String email, String password) throws Exception {
        return FormLogin.logIn(http, root, email, password) == 302;
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Fetches {@code page} and presses the button {@code button} of its form {@code form}, posting to the form's own
     * action with that form's view state; returns the answer's status.
     */
    int press(String root, String page, String form, String button) throws IOException, InterruptedException {
        String html = get(root + page).body();
        Matcher tag = Pattern.compile("<form[^>]*\\bid=\"" + Pattern.quote(form) + "\"[^>]*>").matcher(html);
        if (!tag.find()) {
            throw new AssertionError("no form " + form + " on " + page);
        }
        Matcher action = Pattern.compile("\\baction=\"([^\"]+)\"").matcher(tag.group());
        if (!action.find()) {
            throw new AssertionError("form " + form + " of " + page + " has no action");
        }
        String body = html.substring(tag.end(), html.indexOf("</form>", tag.end()));
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(body);
        if (!state.find()) {
            throw new AssertionError("form " + form + " of " + page + " has no view state");
        }
        String fields = enc(form) + "=" + enc(form) + "&" + enc(form + ":" + button) + "=&jakarta.faces.ViewState="
                + enc(unescape(state.group(1)));
        return http.send(HttpRequest.newBuilder(URI.create(root + unescape(action.group(1))))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * {@code url} with exactly the cookies the jar holds now, keeping none it is sent back: a node that does not know
     * the session and starts a new one does not replace the shopper's cookie for the next try.
     */
    HttpResponse<String> getWithCookies(String url) throws IOException, InterruptedException {
        return bare.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Cookie", cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The cookies as a browser sends them, e.g. {@code JSESSIONID=...; JSESSIONIDVERSION=...}. */
    String cookieHeader() {
        List<HttpCookie> all = cookies.getCookieStore().getCookies();
        return all.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#58;", ":").replace("&#x3a;", ":");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
