package io.vitrine.customer.web;

import io.vitrine.customer.AccountService;
import io.vitrine.platform.web.LanguageBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    private final AccountForm form = new AccountForm();

    public String submit() {
        return login.createAndLogIn(form, () -> {
            try {
                accounts.register(form.getEmail(), form.getName(), form.getPassword(), language.getCode());
                return true;
            } catch (AccountService.EmailTakenException e) {
                error("register.taken");
            } catch (IllegalArgumentException e) {
                error("register.invalid");
            }
            return false;
        });
    }

    private void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text(key), null));
    }

    public AccountForm getForm() {
        return form;
    }
}
