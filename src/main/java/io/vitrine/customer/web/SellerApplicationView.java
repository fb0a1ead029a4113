package io.vitrine.customer.web;

import io.vitrine.customer.StaffAccounts;
import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.limits.Budget;
import io.vitrine.platform.limits.PageLimits;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code /customer/apply.xhtml}, the public "become a seller" form: the shop's name, the account and the seller's
 * profile. The seller and its account are created at once, the account disabled until an admin approves it on the
 * accounts page; applications count against the sign-up budget of the caller's address.
 */
@Named("sellerApplication")
@ViewScoped
public class SellerApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAccounts staff;
    @Inject
    PageLimits limits;

    private final AccountForm form = new AccountForm();
    private boolean sent;

    public void submit() {
        if (!limits.allow(Budget.REGISTER)) {
            return;
        }
        try {
            staff.apply(form.getEmail(), form.getName(), form.getPassword(), form.sellerProfile());
            sent = true;
        } catch (InvalidInputException | ConflictException e) {
            Pages.error(e);
        }
    }

    public boolean isSent() {
        return sent;
    }

    public AccountForm getForm() {
        return form;
    }
}
