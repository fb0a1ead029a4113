package io.vitrine.customer.web;

import io.vitrine.customer.StaffAccounts;
import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/**
 * {@code /customer/setup.xhtml}: the first admin of a shop that has none (no demo, nothing configured). Once any admin
 * exists the page answers 404, so it cannot be used to take a running shop over.
 */
@Named("setup")
@RequestScoped
public class SetupView {

    @Inject
    StaffAccounts staff;
    @Inject
    LoginView login;

    private final AccountForm form = new AccountForm();

    /** The page's view action: gone once the shop has an admin. */
    public void check() throws IOException {
        if (!staff.setupOpen()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String submit() {
        return login.createAndLogIn(form, () -> {
            try {
                staff.createFirstAdmin(form.getEmail(), form.getName(), form.getPassword());
            } catch (InvalidInputException | ConflictException e) {
                Pages.error(e);
                return false;
            }
            login.setFrom("/admin/accounts.xhtml");
            return true;
        });
    }

    public AccountForm getForm() {
        return form;
    }
}
