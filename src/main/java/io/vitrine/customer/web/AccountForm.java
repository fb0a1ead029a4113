package io.vitrine.customer.web;

import io.vitrine.customer.AccountService;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * The fields a person types to open an account (sign-up, the first admin's set-up, an invitation, a seller's
 * application), with the checks the page shows next to each field; the service checks them again. A seller also
 * gives its profile: country and return address.
 */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Email
    @Size(max = 254)
    private String email;
    @Size(max = AccountService.MAX_NAME)
    private String name;
    @Size(min = AccountService.MIN_PASSWORD, max = AccountService.MAX_PASSWORD)
    private String password;
    @Size(max = 2)
    private String country;
    @Size(max = 300)
    private String returnAddress;

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

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getReturnAddress() {
        return returnAddress;
    }

    public void setReturnAddress(String returnAddress) {
        this.returnAddress = returnAddress;
    }

    /** The seller's profile as the accounts service takes it. */
    io.vitrine.customer.StaffAccounts.SellerProfile sellerProfile() {
        return new io.vitrine.customer.StaffAccounts.SellerProfile(country, returnAddress);
    }
}
