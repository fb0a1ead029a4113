package io.vitrine.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for the tests: requests relative to the deployed application, JSON parsed on demand. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String apiKey;
    private final HttpClient http;

    private Api(String base, String apiKey, HttpClient http) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.apiKey = apiKey;
        this.http = http;
    }

    public static Api at(URL deployment) {
        return new Api(deployment.toString(), null, HTTP);
    }

    /** With a client of the test's own, e.g. one keeping the session cookie of a storefront log-in. */
    public static Api at(URL deployment, HttpClient client) {
        return new Api(deployment.toString(), null, client);
    }

    public Api withKey(String key) {
        return new Api(base, key, http);
    }

    public Resp get(String path) {
        return send(builder(path).GET());
    }

    public Resp get(String path, String header, String value) {
        return send(builder(path).header(header, value).GET());
    }

    public Resp post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Resp post(String path, String contentType, byte[] body) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * A large upload sent with {@code Expect: 100-continue}, as real clients do: a server that refuses it by its
     * headers (413) answers before the body is sent, instead of the client failing half-way through writing it.
     */
    public Resp postLarge(String path, String contentType, byte[] body) {
        return send(builder(path).expectContinue(true).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The same server's root (Payara Micro serves /health, /metrics and /openapi outside the application). */
    public Api serverRoot() {
        URI uri = URI.create(base);
        return new Api(uri.getScheme() + "://" + uri.getAuthority(), apiKey, http);
    }

    public Resp postWithHeader(String path, String json, String header, String value) {
        return send(builder(path).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Resp put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Resp put(String path, String contentType, byte[] body) {
        return send(builder(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Resp delete(String path) {
        return send(builder(path).DELETE());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(180));
        if (apiKey != null) {
            b.header("X-API-Key", apiKey);
        }
        return b;
    }

    private Resp send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Resp(r.statusCode(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers and body. */
    public record Resp(int status, HttpResponse<byte[]> raw) {

        public String body() {
            return new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }
}
