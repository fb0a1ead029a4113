package io.vitrine.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Log-in for people: a JSF form ({@code /login.xhtml}) checked by the customer feature's identity store;
 * the session id changes at log-in (Jakarta Security). Partner systems use API keys instead ({@link CallerFilter}).
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login.xhtml",
        errorPage = "", useForwardToLogin = false))
@DeclareRoles({"SHOPPER", "SELLER", "ADMIN"})
@ApplicationScoped
public class WebSecurity {
}
