package io.vitrine.customer.web;

import io.vitrine.customer.AccountService;
import io.vitrine.platform.web.LanguageBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The sign-up form: opens a shopper account, then logs the new shopper in through the same path as the log-in
 * form (so the session id changes and the anonymous history is merged).
 */
@Named("register")
@RequestScoped
public class RegisterView {

    @Inject
    AccountService accounts;
    @Inject
    LoginView login;
    @Inject
    LanguageBean language;
    @Inject
    io.vitrine.platform.limits.PageLimits limits;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;
    @NotBlank
    @Size(max = AccountService.MAX_NAME)
    private String name;
    @NotBlank
    @Size(min = AccountService.MIN_PASSWORD, max = AccountService.MAX_PASSWORD)
    private String password;

    public String submit() {
        if (!limits.allow(io.vitrine.platform.limits.Budget.REGISTER)) {
            return null;
        }
        try {
            accounts.register(email, name, password, language.getCode());
        } catch (AccountService.EmailTakenException e) {
            error("register.taken");
            return null;
        } catch (IllegalArgumentException e) {
            error("register.invalid");
            return null;
        }
        login.setEmail(email);
        login.setPassword(password);
        return login.submit();
    }

    private void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text(key), null));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
