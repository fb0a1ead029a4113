package io.vitrine.customer.web;

import io.vitrine.customer.AccountToken;
import io.vitrine.customer.StaffAccounts;
import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Optional;

/**
 * {@code /customer/invitation.xhtml?token=}: the invited person chooses a password and, a seller, its shop's name,
 * country and return address; then logs in. An invalid, used or expired link says so and shows no form.
 */
@Named("invitation")
@ViewScoped
public class InvitationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAccounts staff;

    private String token;
    private String email;
    private Role role;
    private final AccountForm form = new AccountForm();

    public void load() {
        Optional<AccountToken> invitation = staff.invitation(token);
        email = invitation.map(AccountToken::email).orElse(null);
        role = invitation.map(AccountToken::role).orElse(null);
    }

    public String submit() {
        try {
            var account = staff.accept(token, form.getName(), form.getPassword(), form.sellerProfile());
            String home = account.role() == Role.SELLER ? "/seller/dashboard.xhtml" : "/admin/dashboard.xhtml";
            return "/login?faces-redirect=true&from=" + home;
        } catch (InvalidInputException | ConflictException e) {
            Pages.error(e);
            return null;
        }
    }

    public boolean isValid() {
        return email != null;
    }

    public boolean isSeller() {
        return role == Role.SELLER;
    }

    // page fields, read and set by the xhtml

    public String getEmail() { return email; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public AccountForm getForm() { return form; }
}
