package org.alliance.web.security;

import java.time.Clock;
import org.alliance.web.account.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in behind the throttle. Unknown names, wrong passwords and disabled accounts all count as
 * failures and all look the same to the user, so nothing tells whether an account exists.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {
    private static final Logger log = LoggerFactory.getLogger("org.alliance.security");
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(
            AccountService accounts, PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts, clock));
        this.passwords.setPasswordEncoder(encoder);
        // A hash made with weaker parameters is replaced at the next successful sign-in.
        this.passwords.setUserDetailsPasswordService(new AccountPasswordUpgrade(accounts));
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                        ? web.getRemoteAddress()
                        : "unknown";
        if (throttle.isBlocked(name, address)) {
            log.warn("Sign-in refused while paused: account '{}' from {}", SecurityLog.clean(name), address);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(name, address);
            log.info("Signed in: account '{}' from {}", SecurityLog.clean(name), address);
            return result;
        } catch (AuthenticationException failure) {
            var outcome = throttle.recordFailure(name, address);
            // The reason (unknown name, wrong password, disabled) is logged but never shown; no password is.
            log.warn(
                    "Sign-in failed: account '{}' from {} ({})",
                    SecurityLog.clean(name),
                    address,
                    failure.getClass().getSimpleName());
            switch (outcome) {
                case ACCOUNT_FROM_ADDRESS_PAUSED ->
                    log.warn("Sign-in paused: account '{}' from {}", SecurityLog.clean(name), address);
                case ADDRESS_PAUSED -> log.warn("Sign-in paused: every account from {}", address);
                case COUNTED -> {}
            }
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
