package io.vitrine.platform.limits;

import io.vitrine.platform.web.LanguageBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.text.MessageFormat;

/**
 * The budgets as JSF pages use them: a spent budget becomes a faces message ("too many attempts, wait n s")
 * instead of an exception, and the page bean does nothing more.
 */
@ApplicationScoped
public class PageLimits {

    @Inject
    RateLimiter limiter;
    @Inject
    LoginGuard login;
    @Inject
    LanguageBean language;

    /** Spends a unit of the budget of this request's address; false (with a message shown) when it is spent. */
    public boolean allow(Budget budget) {
        return allow(budget, "ip:" + address());
    }

    /** Spends a unit of {@code who}'s budget (a session, an account); false (with a message shown) when it is spent. */
    public boolean allow(Budget budget, String who) {
        try {
            limiter.check(budget, who);
            return true;
        } catch (TooManyRequestsException e) {
            show(e);
            return false;
        }
    }

    /** Before a log-in attempt: false (with a message shown) while the address is over budget or locked out. */
    public boolean allowLogin(String account) {
        try {
            login.check(account, address());
            return true;
        } catch (TooManyRequestsException e) {
            show(e);
            return false;
        }
    }

    public void loginFailed(String account) {
        login.failed(account, address());
    }

    public void loginSucceeded(String account) {
        login.succeeded(account);
    }

    /** The address of the connection (not a forwarded header, which anyone can write). */
    public String address() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : "unknown";
    }

    private void show(TooManyRequestsException e) {
        String text = MessageFormat.format(language.text("limits.tooMany").replace("'", "''"), e.retryAfterSeconds());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }
}
