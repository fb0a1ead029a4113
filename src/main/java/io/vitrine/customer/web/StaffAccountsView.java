package io.vitrine.customer.web;

import io.vitrine.customer.Account;
import io.vitrine.customer.AccountToken;
import io.vitrine.customer.StaffAccounts;
import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Role;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /admin/accounts.xhtml}: invite a seller or an admin (the link is shown here once, and mailed when a mail
 * session is configured), the pending invitations, and the staff accounts with their role, disabling and a
 * password reset link.
 */
@Named("staffAccounts")
@ViewScoped
public class StaffAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAccounts staff;

    private String inviteEmail;
    private Role inviteRole = Role.SELLER;
    /** The link just issued (invitation or reset), shown once. */
    private String issuedLink;
    private String issuedFor;

    public List<Account> getAccounts() {
        return staff.staff();
    }

    /** Sellers waiting for an admin's approval (their accounts are disabled until then). */
    public List<Account> getApplications() {
        return staff.applications();
    }

    public List<AccountToken> getInvitations() {
        return staff.pendingInvitations();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Role[] getInviteRoles() {
        return new Role[] {Role.SELLER, Role.ADMIN};
    }

    public void invite() {
        run(() -> {
            StaffAccounts.Link link = staff.invite(inviteEmail, inviteRole, caller(), Pages.shopUrl());
            show(link);
            inviteEmail = null;
            Pages.info(Pages.text(link.mailed() ? "accounts.invite.mailed" : "accounts.invite.shown"));
            return null;
        });
    }

    public void cancel(String invitationId) {
        run(() -> {
            staff.cancelInvitation(invitationId);
            return null;
        });
    }

    public void changeRole(Account account, Role role) {
        run(() -> staff.changeRole(account.publicId().orElseThrow(), role));
    }

    public void toggle(Account account) {
        run(() -> staff.setDisabled(account.publicId().orElseThrow(), !account.disabled()));
    }

    public void reset(Account account) {
        run(() -> {
            show(staff.issueReset(account.publicId().orElseThrow(), caller(), Pages.shopUrl()));
            return null;
        });
    }

    private void show(StaffAccounts.Link link) {
        issuedLink = Pages.shopUrl() + link.path();
        issuedFor = link.token().email();
    }

    private static String caller() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? "unknown" : principal.getName();
    }

    private static void run(Supplier<?> action) {
        try {
            action.get();
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            Pages.error(e);
        }
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public Role getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(Role inviteRole) {
        this.inviteRole = inviteRole;
    }

    public String getIssuedLink() {
        return issuedLink;
    }

    public String getIssuedFor() {
        return issuedFor;
    }
}
