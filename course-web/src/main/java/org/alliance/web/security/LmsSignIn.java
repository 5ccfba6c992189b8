package org.alliance.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.alliance.web.account.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in whom their LMS vouched for (the lti feature checked the platform's signed launch): a new
 * session id (no fixation), the same principal a password sign-in gives, and the session registered, so that
 * the account checks of every request (a disabled account, a role change, the absolute lifetime) apply to it too.
 * {@code ArchitectureTest} lets only the lti feature call it.
 */
@Component
public class LmsSignIn {
    private static final Logger log = LoggerFactory.getLogger("org.alliance.security");

    private final AccountUserDetailsService users;
    private final SessionRegistry sessions;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    LmsSignIn(AccountService accounts, Clock clock, SessionRegistry sessions) {
        this.users = new AccountUserDetailsService(accounts, clock);
        this.sessions = sessions;
    }

    /** False when the account cannot sign in (disabled). */
    public boolean signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        var user = users.loadUserByUsername(username);
        if (!user.isEnabled()) {
            return false;
        }
        var old = request.getSession(false);
        if (old != null) {
            sessions.removeSessionInformation(old.getId());
            old.invalidate();
        }
        var session = request.getSession(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        repository.saveContext(context, request, response);
        sessions.registerNewSession(session.getId(), user);
        log.info("Signed in through an LMS: account '{}' from {}", username, request.getRemoteAddr());
        return true;
    }
}
