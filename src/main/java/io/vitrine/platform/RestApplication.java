package io.vitrine.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The partner REST API, versioned under {@code /api/v1}; documented at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Vitrine partner API", version = "1",
        description = "Catalogue, events, orders, recommendations, search and chat of a Vitrine shop. "
                + "Errors are RFC 9457 application/problem+json.",
        license = @License(name = "Apache-2.0")))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-API-Key", description = "Partner API key; write calls need it (or a logged-in seller)")
public class RestApplication extends Application {
}
