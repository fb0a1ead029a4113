package io.vitrine.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Logger;

/**
 * The session cookie is {@code HttpOnly} and {@code SameSite=Lax} (web.xml); it is also {@code Secure} when the shop
 * is served over HTTPS, which only the operator knows (TLS usually ends at a proxy in front of Payara):
 * {@code vitrine.web.secure-cookies=true}. A {@code Secure} cookie over plain HTTP would lose every log-in.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    static final String SECURE_COOKIES = "vitrine.web.secure-cookies";
    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue(SECURE_COOKIES, Boolean.class).orElse(false);
        configure(event.getServletContext().getSessionCookieConfig(), secure);
        LOG.info(() -> "Session cookie: HttpOnly, SameSite=Lax" + (secure ? ", Secure" : " (not Secure: set "
                + SECURE_COOKIES + "=true when the shop is served over HTTPS)"));
    }

    static void configure(SessionCookieConfig cookie, boolean secure) {
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        if (cookie.getAttribute("SameSite") == null) {
            cookie.setAttribute("SameSite", "Lax");
        }
    }
}
