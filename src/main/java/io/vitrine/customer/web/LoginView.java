package io.vitrine.customer.web;

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

/** The log-in form: hands the credentials to Jakarta Security, which checks them and renews the session id. */
@Named("login")
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;
    @Inject
    FacesContext faces;

    @NotBlank
    @Size(max = 254)
    private String email;
    @NotBlank
    @Size(max = 200)
    private String password;

    public String submit() {
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
            case SUCCESS -> "/index?faces-redirect=true";
            default -> {
                ResourceBundle msg = ResourceBundle.getBundle("io.vitrine.platform.web.messages", faces.getViewRoot().getLocale());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("login.failed"), null));
                yield null;
            }
        };
    }

    public String logout() throws ServletException {
        ((HttpServletRequest) faces.getExternalContext().getRequest()).logout();
        faces.getExternalContext().invalidateSession();
        return "/index?faces-redirect=true";
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
