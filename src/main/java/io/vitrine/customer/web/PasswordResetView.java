package io.vitrine.customer.web;

import io.vitrine.customer.StaffAccounts;
import io.vitrine.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /customer/reset.xhtml?token=}: a new password through a reset link an admin issued; then the log-in. */
@Named("passwordReset")
@RequestScoped
public class PasswordResetView {

    @Inject
    StaffAccounts staff;

    private String token;
    private String password;

    public String submit() {
        try {
            staff.resetPassword(token, password);
            return "/login?faces-redirect=true";
        } catch (InvalidInputException e) {
            Pages.error(e);
            return null;
        }
    }

    // form fields

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
