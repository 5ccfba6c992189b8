package org.alliance.web.security;

import java.time.Clock;
import org.alliance.web.account.AccountService;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads sign-in credentials through the account feature's service. Not a bean: only the throttling provider
 * uses it, so Spring Security does not wire a second, unthrottled login path around it.
 */
class AccountUserDetailsService implements UserDetailsService {
    private final AccountService accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findForLogin(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        var authorities = account.role().grantedRoles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new SignedInUser(
                account.username(),
                account.passwordHash(),
                account.enabled(),
                authorities,
                account.displayName(),
                account.mustChangePassword(),
                clock.instant());
    }
}
