package io.vitrine.customer.web;

import io.vitrine.customer.Shopper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;


import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * The log-in form: hands the credentials to Jakarta Security, which checks them and renews the session id; then
 * the anonymous session's history becomes the account's and the shopper goes back where they were.
 */
@Named("login")
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;
    @Inject
    FacesContext faces;
    @Inject
    Shopper shopper;
    @Inject
    io.vitrine.platform.limits.PageLimits limits;

    private static final Pattern LOCAL_PAGE = Pattern.compile("(/[a-z][a-z-]{0,30}){1,3}\\.xhtml");

    private String from;

    @NotBlank
    @Size(max = 254)
    private String email;
    @NotBlank
    @Size(max = 200)
    private String password;

    public String submit() {
        if (!limits.allowLogin(email)) {
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        return switch (status) {
            case SEND_CONTINUE -> {
                faces.responseComplete();
                yield null;
            }
            case SUCCESS -> {
                limits.loginSucceeded(email);
                shopper.loggedIn(((HttpServletRequest) external.getRequest()).getUserPrincipal().getName());
                yield afterLogin(from);
            }
            default -> {
                limits.loginFailed(email);
                ResourceBundle msg = ResourceBundle.getBundle("io.vitrine.platform.web.messages", faces.getViewRoot().getLocale());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("login.failed"), null));
                yield null;
            }
        };
    }

    /** Back to the page that asked for the log-in, if it is one of ours; the home page otherwise (no open redirect). */
    static String afterLogin(String from) {
        if (from != null && LOCAL_PAGE.matcher(from).matches()) {
            return from.substring(0, from.length() - ".xhtml".length()) + "?faces-redirect=true";
        }
        return "/index?faces-redirect=true";
    }

    public String logout() throws ServletException {
        ((HttpServletRequest) faces.getExternalContext().getRequest()).logout();
        faces.getExternalContext().invalidateSession();
        return "/index?faces-redirect=true";
    }

    /**
     * The account just made from {@code form} logs in through the same path as the log-in form (the session id
     * changes, the anonymous history is merged); then on to {@code from} when it is set.
     */
    String submit(AccountForm form) {
        setEmail(form.getEmail());
        setPassword(form.getPassword());
        return submit();
    }

    /**
     * A new account from a sign-up form (shop sign-up, the first admin): within the per-IP {@code REGISTER} budget,
     * {@code create} makes the account (false: refused, it has said why on the page), which then logs in as above.
     * Null, the same page again, when over budget or refused.
     */
    String createAndLogIn(AccountForm form, BooleanSupplier create) {
        if (!limits.allow(io.vitrine.platform.limits.Budget.REGISTER) || !create.getAsBoolean()) {
            return null;
        }
        return submit(form);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
