import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check: exit 0 when the URL (default http://localhost:8080/health/ready) answers 200 within
 * four seconds, 1 otherwise. The Payara Micro image has a JDK but may lack wget and curl; the Dockerfile compiles
 * this once and the check starts a small JVM (-Xmx16m, tiered C1 only), about 0.2 s of CPU per check.
 */
public final class HealthCheck {

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://localhost:8080/health/ready";
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(4)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
            System.exit(response.statusCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.err.println(url + ": " + e);
            System.exit(1);
        }
    }
}
