package io.vitrine.customer;

import io.vitrine.platform.security.SellerAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The platform's view of seller accounts: the seller an account manages, read from the account itself. */
@ApplicationScoped
public class AccountSellers implements SellerAccounts {

    @Inject
    AccountRepository accounts;

    @Override
    public Optional<String> sellerOf(String accountName) {
        return accounts.find(accountName).flatMap(Account::sellerId);
    }
}
