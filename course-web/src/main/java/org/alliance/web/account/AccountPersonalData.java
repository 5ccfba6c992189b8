package org.alliance.web.account;

import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The account's share of "My data": who the user is (never the password hash). Anonymising removes the
 * account row itself, since nothing of the person needs to stay; its sessions on every instance end with it
 * (AccountSessions finds no account for them). First in the export, so the document opens with the person it is about.
 */
@Component
@Order(0)
class AccountPersonalData implements PersonalData {
    private final AccountRepository accounts;

    AccountPersonalData(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object export(String username) {
        return accounts.findByUsername(username).<Object>map(Account::summary).orElse(Map.of());
    }

    @Override
    public void anonymise(String username, String alias) {
        accounts.findByUsername(username).ifPresent(accounts::delete);
    }
}
