package org.alliance.web.security;

import org.alliance.web.account.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;

/**
 * Stores a password hashed with today's parameters when a sign-in succeeds against a hash made with weaker
 * ones (older Argon2 settings, bcrypt): Spring Security's {@code DaoAuthenticationProvider} calls it when the
 * encoder's {@code upgradeEncoding} says so. A failed update never fails the sign-in: the old hash stays valid.
 */
class AccountPasswordUpgrade implements UserDetailsPasswordService {
    private static final Logger log = LoggerFactory.getLogger("org.alliance.security");
    private final AccountService accounts;

    AccountPasswordUpgrade(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        String oldHash = user.getPassword();
        if (oldHash == null || !(user instanceof SignedInUser signedIn)) {
            return user;
        }
        try {
            accounts.upgradePasswordHash(user.getUsername(), oldHash, newPassword);
        } catch (DataAccessException e) {
            log.warn("Password re-hash not stored: account '{}' ({})", SecurityLog.clean(user.getUsername()), e);
            return user;
        }
        log.info("Password re-hashed with current parameters: account '{}'", SecurityLog.clean(user.getUsername()));
        return signedIn.withPasswordHash(newPassword);
    }
}
